import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../assessment/schema';
import { loadQuestionnaire } from '../questionnaire/load';
import type { Questionnaire, QuestionnaireInput } from '../questionnaire/schema';
import { formatIssue } from '../validation/issues';
import { migrateAnswers } from './apply';
import { loadMigration } from './load';
import type { MigrationInput } from './schema';

const sampleInput = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/questionnaires/sample-1.0.0.json'), 'utf8'),
) as QuestionnaireInput;

function load(input: QuestionnaireInput): Questionnaire {
  const result = loadQuestionnaire(input, 'test.json');
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.value;
}

const v1 = load(sampleInput);
// 2.0.0: the two governance items merge, data-catalogue splits in two, data-open is removed,
// data-models is renamed and re-levelled, and one new item appears.
const v2 = load({
  ...sampleInput,
  version: '2.0.0',
  items: [
    { ...sampleInput.items[0]!, id: 'gov-mandate' },
    { ...sampleInput.items[2]!, id: 'data-catalogue-internal' },
    { ...sampleInput.items[2]!, id: 'data-catalogue-public' },
    { ...sampleInput.items[3]!, id: 'data-shared-models' },
    { ...sampleInput.items[4]!, id: 'data-apis', group: 'data' },
  ],
});
const migration: MigrationInput = {
  schemaVersion: 1,
  questionnaire: { from: 'sample', to: 'sample' },
  from: '1.0.0',
  to: '2.0.0',
  description: 'test',
  rules: [
    { kind: 'merge', from: ['gov-strategy', 'gov-owner'], to: 'gov-mandate', combine: 'min' },
    { kind: 'split', from: 'data-catalogue', to: ['data-catalogue-internal', 'data-catalogue-public'] },
    {
      kind: 'carry',
      from: 'data-models',
      to: 'data-shared-models',
      levelMap: { '1': 1, '2': 1, '3': 2, '4': 4, '5': 5 },
    },
    { kind: 'remove', from: 'data-open', reason: 'Open data moves to its own questionnaire' },
    { kind: 'new', to: 'data-apis' },
  ],
};

describe('loadMigration', () => {
  it('accepts a migration that accounts for every item', () => {
    expect(loadMigration(migration, 'm.json', v1, v2).ok).toBe(true);
  });

  it('rejects a migration that forgets an old item or never reaches a new one', () => {
    const result = loadMigration({ ...migration, rules: migration.rules.slice(1, 4) }, 'm.json', v1, v2);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'm.json $.rules: Old item "gov-strategy" is not accounted for: carry, merge, split or remove it',
      'm.json $.rules: Old item "gov-owner" is not accounted for: carry, merge, split or remove it',
      'm.json $.rules: New item "gov-mandate" is not reached: carry, merge or split into it, or declare it new',
      'm.json $.rules: New item "data-apis" is not reached: carry, merge or split into it, or declare it new',
    ]);
  });

  it('rejects a rule on an unknown item and an item handled twice', () => {
    const result = loadMigration(
      { ...migration, rules: [...migration.rules, { kind: 'remove', from: 'data-open', reason: 'again' }, { kind: 'new', to: 'ghost' }] },
      'm.json', v1, v2,
    ); // prettier-ignore
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([
      'm.json $.rules[5].from: Item "data-open" is already handled by rule 3',
      'm.json $.rules[6].to: Unknown new item "ghost"',
    ]);
  });
});

const valueArb = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const), fc.constant(null));
const answersArb = fc
  .subarray(v1.items.map((i) => i.id))
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({ id: fc.constant(id), value: valueArb, note: fc.string({ maxLength: 20 }), flagged: fc.boolean() }),
      ),
    ),
  )
  .map((rows) =>
    rows.map((r): Answer => ({
      assessmentId: 'a',
      questionnaireId: 'sample',
      itemId: r.id,
      value: r.value,
      note: r.note,
      evidence: [],
      flagged: r.flagged,
      plan: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    })),
  );

describe('migrateAnswers', () => {
  const valid = loadMigration(migration, 'm.json', v1, v2);
  if (!valid.ok) throw new Error('fixture migration is invalid');

  it('ends every old answer carried, merged, split or archived; never dropped', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { report, archived, answers: out } = migrateAnswers(valid.value, v1, v2, answers, 'now');
        const accounted = new Set([
          ...report.carried.map((c) => c.from),
          ...report.merged.flatMap((m) => m.from),
          ...report.split.map((s) => s.from),
          ...report.archived.map((a) => a.itemId),
        ]);
        expect([...accounted].sort()).toEqual(answers.map((a) => a.itemId).sort());
        // Every answer that did not carry over intact is readable in the archive.
        for (const a of answers) {
          if (a.itemId === 'data-open' || a.itemId.startsWith('gov-'))
            expect(archived.map((x) => x.answer)).toContainEqual(a);
        }
        expect(out.every((a) => v2.items.some((i) => i.id === a.itemId))).toBe(true);
      }),
    );
  });

  it('maps levels, combines merges conservatively and copies splits', () => {
    const at = (itemId: string, value: Answer['value'], note = ''): Answer => ({
      assessmentId: 'a', questionnaireId: 'sample', itemId, value, note, evidence: [], flagged: false, plan: null, updatedAt: 'then',
    }); // prettier-ignore
    const { answers, report } = migrateAnswers(
      valid.value, v1, v2,
      [at('gov-strategy', 4, 'adopted'), at('gov-owner', 2, 'informal'), at('data-catalogue', 3), at('data-models', 3), at('data-open', 5)],
      'now',
    ); // prettier-ignore
    const value = (id: string) => answers.find((a) => a.itemId === id)?.value;
    expect(value('gov-mandate')).toBe(2);
    expect(answers.find((a) => a.itemId === 'gov-mandate')?.note).toBe(
      '[gov-strategy] adopted\n\n[gov-owner] informal',
    );
    expect([value('data-catalogue-internal'), value('data-catalogue-public')]).toEqual([3, 3]);
    expect(value('data-shared-models')).toBe(2);
    expect(report.archived).toEqual([{ itemId: 'data-open', reason: 'Open data moves to its own questionnaire' }]);
    expect(report.added).toEqual(['data-apis']);
  });
});
