import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue } from '../assessment/schema';
import { loadQuestionnaire } from '../questionnaire/load';
import type { Questionnaire, QuestionnaireInput } from '../questionnaire/schema';
import { makeAssessment } from '../../../test/fixtures/rows';
import { scoreQuestionnaire } from '../scoring/score';
import { workedExample } from './methodology';
import { improvementPlan } from './plan';
import { itemSeries, strengthsAndGaps } from './series';
import { isSamePlace, trend } from './trend';

const input = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/questionnaires/sample-1.0.0.json'), 'utf8'),
) as QuestionnaireInput;
const load = (i: QuestionnaireInput): Questionnaire => {
  const r = loadQuestionnaire(i, 't.json');
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const q = load(input);
const answersOf = (values: Record<string, AnswerValue>, assessmentId = 'a'): Answer[] =>
  Object.entries(values).map(([itemId, value]) => ({
    assessmentId, questionnaireId: 'sample', itemId, value, note: '', evidence: [], flagged: false, plan: null, updatedAt: '2026-01-01T00:00:00.000Z',
  })); // prettier-ignore
const lookup = (values: Record<string, AnswerValue>) => (id: string) => values[id];

describe('improvement plan', () => {
  it('leaves out unanswered, not applicable and top-level items, and ranks by overall gain', () => {
    const plan = improvementPlan(
      q,
      lookup({ 'gov-strategy': 3, 'gov-owner': 5, 'data-catalogue': 2, 'data-models': 'na' }),
    );
    expect(plan.map((p) => [p.item.id, p.next])).toEqual([
      ['data-catalogue', 3],
      ['gov-strategy', 4],
    ]);
    // Gains are differences of scores kept to six decimals: within 1e-6 of the exact 12.5 and 25/6.
    expect(plan[0]?.overallGain).toBeCloseTo(12.5, 5);
    expect(plan[1]?.overallGain).toBeCloseTo(25 / 6, 5);
  });
});

describe('series', () => {
  it('numbers items in reading order and finds strengths and gaps', () => {
    const items = itemSeries(scoreQuestionnaire(q, lookup({ 'gov-strategy': 3, 'gov-owner': 5, 'data-catalogue': 1 })));
    expect(items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    const { strengths, gaps } = strengthsAndGaps(items, 2);
    expect(strengths.map((i) => i.itemId)).toEqual(['gov-owner', 'gov-strategy']);
    expect(gaps.map((i) => i.itemId)).toEqual(['data-catalogue', 'gov-strategy']);
  });
});

describe('worked example', () => {
  it('spells out the first answered group and the overall score', () => {
    const example = workedExample(
      q,
      scoreQuestionnaire(q, lookup({ 'gov-owner': 4, 'data-open': 'na', 'data-models': 2 })),
    );
    expect(example.group).toEqual({
      label: 'Governance',
      terms: [{ label: 'gov-owner', weight: 2, score: 75 }],
      excluded: ['gov-strategy'],
      result: 75,
    });
    expect(example.overall?.result).toBe(50);
  });
});

describe('trend', () => {
  it('compares across versions on the common items only, and names what was left out', () => {
    const older = load({ ...input, version: '0.9.0', items: input.items.filter((i) => i.id !== 'data-open') });
    const a2025 = makeAssessment('a2025', { year: 2025 });
    const a2026 = makeAssessment('a2026', { year: 2026 });
    const result = trend(q, [
      { assessment: a2026, questionnaire: q, answers: answersOf({ 'gov-strategy': 5, 'data-open': 5 }, 'a2026') },
      { assessment: a2025, questionnaire: older, answers: answersOf({ 'gov-strategy': 3 }, 'a2025') },
    ]);
    expect(result.points.map((p) => [p.year, p.overall])).toEqual([
      [2025, 50],
      [2026, 100],
    ]);
    expect(result.leftOut.map((i) => i.id)).toEqual(['data-open']);
    expect(result.comparedItems).toBe(4);
  });

  it('recognises the same place by LAU code, else by name and country', () => {
    const base = makeAssessment('x');
    expect(isSamePlace(base, makeAssessment('y', { profile: { ...base.profile, name: ' ljubljana ' } }))).toBe(true);
    expect(isSamePlace(base, makeAssessment('y', { profile: { ...base.profile, country: 'HR' } }))).toBe(false);
    const lau = { ...base, profile: { ...base.profile, lau: '061' } };
    expect(isSamePlace(lau, { ...lau, profile: { ...lau.profile, name: 'Mestna občina Ljubljana' } })).toBe(true);
  });
});
