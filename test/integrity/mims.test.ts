import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/domain/assessment/schema';
import { migrateAnswers } from '../../src/domain/migration/apply';
import { loadMigration } from '../../src/domain/migration/load';
import { loadQuestionnaireText } from '../../src/domain/questionnaire/load';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { formatIssue } from '../../src/domain/validation/issues';
import { root } from './bundled-files';

function questionnaire(path: string): Questionnaire {
  const result = loadQuestionnaireText(readFileSync(join(root, path), 'utf8'), path);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}
const genA = questionnaire('questionnaires/mims-plus-v5/1.0.0.json');
const genB = questionnaire('questionnaires/mims/1.0.0.json');
const MIGRATION = 'questionnaires/mims/migrations/mims-plus-v5@1.0.0--mims@1.0.0.json';
const itemsIn = (q: Questionnaire, group: string) => q.items.filter((i) => i.group === group).length;

describe('MIMs Plus v5.0 (generation A)', () => {
  it('has MIM1 Context … MIM10 Resources, 3–6 items per mature MIM and 1–2 per work item', () => {
    expect(genA.groups.map((g) => g.id.split('-')[0])).toEqual([
      'mim1',
      'mim2',
      'mim3',
      'mim4',
      'mim5',
      'mim6',
      'mim7',
      'mim8',
      'mim9',
      'mim10',
    ]);
    for (const g of genA.groups) {
      const mature = ['mim1', 'mim2', 'mim3', 'mim4', 'mim5', 'mim7'].includes(g.id.split('-')[0] ?? '');
      const count = itemsIn(genA, g.id);
      if (mature) expect(count, g.id).toBeGreaterThanOrEqual(3);
      if (mature) expect(count, g.id).toBeLessThanOrEqual(6);
      else expect([1, 2], g.id).toContain(count);
    }
  });

  it('says on every work item that its specification is immature', () => {
    for (const id of ['mim6', 'mim8', 'mim9', 'mim10']) {
      const group = genA.groups.find((g) => g.id.startsWith(`${id}-`));
      expect(group?.description, id).toMatch(/work item/i);
    }
  });
});

describe('current MIMs (generation B)', () => {
  it('has MIM0–MIM4, MIM6, MIM7 and MIM8, each item keyed to capability or requirement ids', () => {
    expect(genB.groups.map((g) => g.id.split('-')[0])).toEqual([
      'mim0',
      'mim1',
      'mim2',
      'mim3',
      'mim4',
      'mim6',
      'mim7',
      'mim8',
    ]);
    for (const item of genB.items) {
      expect(item.provenance.mims.length, item.id).toBeGreaterThan(0);
      for (const id of item.provenance.mims)
        expect(id, item.id).toMatch(/^MIM\d( (C\d+|R\d+(\.\d+)?[a-z]?|RC\d+(\.\d+)?))?$/);
    }
  });

  it('uses the Awareness, Experimental, Predictive and Intelligent categories for local digital twins', () => {
    for (const item of genB.items.filter((i) => i.group === 'mim8-local-digital-twins')) {
      expect(
        [item.rubric['2'], item.rubric['3'], item.rubric['4'], item.rubric['5']].map((r) => r?.split(':')[0]),
      ).toEqual(['Awareness', 'Experimental', 'Predictive', 'Intelligent']);
    }
  });
});

describe('migration from generation A to B', () => {
  const loaded = loadMigration(JSON.parse(readFileSync(join(root, MIGRATION), 'utf8')), MIGRATION, genA, genB);

  it('is valid: every old item accounted for once, every new item reached once', () => {
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
  });

  it('archives Transparency, Indicators, Analytics and Resources, which have no successor', () => {
    if (!loaded.ok) return;
    const removed = loaded.value.rules.flatMap((r) => (r.kind === 'remove' ? [r.from] : []));
    for (const prefix of ['a-mim5-', 'a-mim8-', 'a-mim9-', 'a-mim10-']) {
      const all = genA.items.filter((i) => i.id.startsWith(prefix)).map((i) => i.id);
      expect(removed, prefix).toEqual(expect.arrayContaining(all));
    }
  });

  it('ends every v5.0 answer carried, merged, split or archived, for any answer set', () => {
    if (!loaded.ok) return;
    const answerArb = fc.record({
      value: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const), fc.constant(null)),
      note: fc.string({ maxLength: 10 }),
      flagged: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.subarray(genA.items.map((i) => i.id)),
        fc.array(answerArb, { minLength: 40, maxLength: 40 }),
        (ids, values) => {
          const answers: Answer[] = ids.map((itemId, i) => ({
          assessmentId: 'x', questionnaireId: 'mims-plus-v5', itemId, evidence: [], plan: null, updatedAt: 'then', ...(values[i] ?? values[0]!),
        })); // prettier-ignore
          const { report, archived, answers: out } = migrateAnswers(loaded.value, genA, genB, answers, 'now');
          const accounted = [
            ...report.carried.map((c) => c.from),
            ...report.merged.flatMap((m) => m.from),
            ...report.split.map((s) => s.from),
            ...report.archived.map((a) => a.itemId),
          ];
          expect(accounted.sort()).toEqual([...ids].sort());
          for (const a of answers) {
            const intact =
              out.some((o) => o.note === a.note && o.value === a.value) || archived.some((x) => x.answer === a);
            expect(intact, a.itemId).toBe(true);
          }
          expect(out.every((a) => a.questionnaireId === 'mims' && genB.items.some((i) => i.id === a.itemId))).toBe(
            true,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
