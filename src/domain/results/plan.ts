import type { Answer, AnswerValue } from '../assessment/schema';
import type { Questionnaire, QuestionnaireItem } from '../questionnaire/schema';
import { groupTree, itemNumbers } from '../questionnaire/groups';
import { scoreQuestionnaire, type AnswerLookup } from '../scoring/score';

export interface PlanEntry {
  readonly item: QuestionnaireItem;
  readonly number: number;
  readonly current: number;
  readonly next: number;
  /** Points the item itself gains at the next level (the distance to it). */
  readonly itemGain: number;
  /** Points the overall score gains if only this item reaches its next level. */
  readonly overallGain: number;
  /** The item's share of the overall score: its weight within its group times the group's share. */
  readonly share: number;
}

/**
 * Items ranked by what reaching their next level brings to the overall score: weight × distance to
 * the next level, scaled by the item's share of the overall score. Computed by re-scoring, so the
 * figure shown is exactly what the results screen would show after the change.
 */
export function improvementPlan(q: Questionnaire, answerOf: AnswerLookup): PlanEntry[] {
  const base = scoreQuestionnaire(q, answerOf).overall.score ?? 0;
  const top = q.scale.levels.at(-1)?.value ?? 0;
  const numbers = itemNumbers(groupTree(q));
  const entries: PlanEntry[] = [];
  q.items.forEach((item) => {
    const value = answerOf(item.id);
    if (typeof value !== 'number' || value >= top) return;
    const next = value + 1;
    const raised: AnswerLookup = (id) => (id === item.id ? next : answerOf(id));
    const overallGain = Math.round(((scoreQuestionnaire(q, raised).overall.score ?? 0) - base) * 1e6) / 1e6;
    const itemGain = (q.scoring.levelScores[String(next)] ?? 0) - (q.scoring.levelScores[String(value)] ?? 0);
    entries.push({
      item,
      number: numbers.get(item.id) ?? 0,
      current: value,
      next,
      itemGain,
      overallGain,
      share: itemGain > 0 ? overallGain / itemGain : 0,
    });
  });
  return entries.sort((a, b) => b.overallGain - a.overallGain || b.item.weight - a.item.weight || a.number - b.number);
}

/** The answer lookup the scoring functions take, over one questionnaire's answer rows. */
export function lookupFrom(answers: Iterable<Answer>, questionnaireId: string): AnswerLookup {
  const map = new Map<string, AnswerValue>();
  for (const a of answers) if (a.questionnaireId === questionnaireId) map.set(a.itemId, a.value);
  return (itemId) => map.get(itemId);
}
