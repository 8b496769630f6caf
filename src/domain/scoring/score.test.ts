import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../assessment/schema';
import { loadQuestionnaire } from '../questionnaire/load';
import type { Questionnaire, QuestionnaireInput } from '../questionnaire/schema';
import { levelForScore, scoreQuestionnaire } from './score';

const read = (path: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../..', path), 'utf8')) as QuestionnaireInput;
function load(input: QuestionnaireInput): Questionnaire {
  const r = loadQuestionnaire(input, 'test.json');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const sample = load(read('test/fixtures/questionnaires/sample-1.0.0.json'));
const eif = load(read('questionnaires/eif4scc/1.0.0.json'));
const byItems = load({
  ...read('test/fixtures/questionnaires/sample-1.0.0.json'),
  scoring: { ...sample.scoring, overall: 'items' },
});
const questionnaires = [sample, eif, byItems];

const lookup = (answers: Record<string, AnswerValue>) => (id: string) => answers[id];

describe('scoreQuestionnaire: worked example by hand', () => {
  // governance: gov-strategy (w1) level 3 → 50, gov-owner (w2) level 5 → 100 ⇒ (50 + 200) / 3 = 83.333333
  // data: data-catalogue level 2 → 25, data-models n/a, data-open unanswered ⇒ 25, coverage 1/2
  // overall (groups, weight 1 each) = (83.333333 + 25) / 2 = 54.166667; coverage 3/4
  const result = scoreQuestionnaire(
    sample,
    lookup({ 'gov-strategy': 3, 'gov-owner': 5, 'data-catalogue': 2, 'data-models': 'na' }),
  );

  it('scores groups as weighted means of answered items', () => {
    expect(result.groups.get('governance')?.score).toBe(83.333333);
    expect(result.groups.get('governance')?.coverage).toBe(1);
    expect(result.groups.get('data')?.score).toBe(25);
    expect(result.groups.get('data')?.coverage).toBe(0.5);
    expect(result.groups.get('data')?.notApplicable).toBe(1);
  });

  it('scores the whole as the mean of the groups, with coverage over applicable items', () => {
    expect(result.overall.score).toBe(54.166667);
    expect(result.overall.coverage).toBe(0.75);
    expect(result.overall).toMatchObject({ answered: 3, applicable: 4, notApplicable: 1, total: 5 });
  });

  it('maps a score to the level reached', () => {
    expect(levelForScore(sample, 54.166667)).toBe(3);
    expect(levelForScore(sample, 83.333333)).toBe(4);
    expect(levelForScore(sample, 0)).toBe(1);
    expect(levelForScore(sample, 100)).toBe(5);
  });

  it('has no score and no coverage when nothing applies', () => {
    const none = scoreQuestionnaire(sample, lookup(Object.fromEntries(sample.items.map((i) => [i.id, 'na' as const]))));
    expect(none.overall.score).toBeUndefined();
    expect(none.overall.coverage).toBeUndefined();
  });
});

const answersArb = (q: Questionnaire) =>
  fc.record(
    Object.fromEntries(
      q.items.map((i) => [
        i.id,
        fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const), fc.constant(null)),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, AnswerValue>>;

describe.each(questionnaires.map((q) => [`${q.id} (${q.scoring.overall})`, q] as const))(
  'scoring properties: %s',
  (_name, q) => {
    it('keeps every score within 0–100 and every coverage within 0–1', () => {
      fc.assert(
        fc.property(answersArb(q), (answers) => {
          const r = scoreQuestionnaire(q, lookup(answers));
          for (const s of [r.overall, ...r.groups.values()]) {
            if (s.score !== undefined) expect(s.score).toBeGreaterThanOrEqual(0);
            if (s.score !== undefined) expect(s.score).toBeLessThanOrEqual(100);
            if (s.coverage !== undefined) expect(s.coverage).toBeGreaterThanOrEqual(0);
            if (s.coverage !== undefined) expect(s.coverage).toBeLessThanOrEqual(1);
          }
        }),
      );
    });

    it('marking an item not applicable never changes another item’s score', () => {
      fc.assert(
        fc.property(answersArb(q), fc.constantFrom(...q.items.map((i) => i.id)), (answers, target) => {
          const before = scoreQuestionnaire(q, lookup(answers));
          const after = scoreQuestionnaire(q, lookup({ ...answers, [target]: 'na' }));
          for (const item of q.items)
            if (item.id !== target) expect(after.items.get(item.id)?.score).toBe(before.items.get(item.id)?.score);
        }),
      );
    });

    it('raising one answer never lowers its groups or the overall score', () => {
      fc.assert(
        fc.property(
          answersArb(q),
          fc.constantFrom(...q.items.map((i) => i.id)),
          fc.integer({ min: 1, max: 4 }),
          (answers, target, level) => {
            const low = scoreQuestionnaire(q, lookup({ ...answers, [target]: level }));
            const high = scoreQuestionnaire(q, lookup({ ...answers, [target]: level + 1 }));
            expect(high.overall.score ?? 0).toBeGreaterThanOrEqual(low.overall.score ?? 0);
            for (const [id, g] of high.groups)
              expect(g.score ?? 0).toBeGreaterThanOrEqual(low.groups.get(id)?.score ?? 0);
          },
        ),
      );
    });

    it('does not depend on the order of the answers', () => {
      fc.assert(
        fc.property(answersArb(q), (answers) => {
          const reversed = Object.fromEntries(Object.entries(answers).reverse());
          expect(scoreQuestionnaire(q, lookup(reversed))).toEqual(scoreQuestionnaire(q, lookup(answers)));
        }),
      );
    });

    it('gives exactly (L−1)/4 × 100 when every item is at level L', () => {
      for (const level of [1, 2, 3, 4, 5]) {
        const r = scoreQuestionnaire(q, () => level);
        expect(r.overall.score).toBe(((level - 1) / 4) * 100);
        expect(r.overall.coverage).toBe(1);
        for (const g of r.groups.values()) expect(g.score).toBe(((level - 1) / 4) * 100);
      }
    });
  },
);
