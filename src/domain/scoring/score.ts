import type { AnswerValue } from '../assessment/schema';
import { groupTree, type GroupNode } from '../questionnaire/groups';
import type { Questionnaire, QuestionnaireItem } from '../questionnaire/schema';

/** Scores are kept to six decimals so that equal inputs give exactly equal, reproducible outputs. */
const settle = (x: number): number => Math.round(x * 1e6) / 1e6;

export interface ItemScore {
  readonly item: QuestionnaireItem;
  readonly value: AnswerValue;
  /** 0–100, or undefined when unanswered or not applicable. */
  readonly score: number | undefined;
  readonly applicable: boolean;
}

export interface AggregateScore {
  /** Weighted mean of the answered applicable items, 0–100; undefined when none is answered. */
  readonly score: number | undefined;
  /** Answered applicable items ÷ applicable items, 0–1; undefined when no item is applicable. */
  readonly coverage: number | undefined;
  readonly answered: number;
  readonly applicable: number;
  readonly notApplicable: number;
  readonly total: number;
}

export interface GroupScore extends AggregateScore {
  readonly node: GroupNode;
}

export interface QuestionnaireScore {
  readonly overall: AggregateScore;
  readonly groups: ReadonlyMap<string, GroupScore>;
  readonly items: ReadonlyMap<string, ItemScore>;
}

export type AnswerLookup = (itemId: string) => AnswerValue | undefined;

export function scoreItem(q: Questionnaire, item: QuestionnaireItem, value: AnswerValue | undefined): ItemScore {
  const v = value ?? null;
  const score = typeof v === 'number' ? q.scoring.levelScores[String(v)] : undefined;
  return { item, value: v, score, applicable: v !== 'na' };
}

/** Aggregates with the unrounded mean kept aside, so that rounding happens once, at the output. */
function aggregate(items: readonly ItemScore[]): AggregateScore & { raw: number | undefined } {
  let weighted = 0;
  let weights = 0;
  let answered = 0;
  let notApplicable = 0;
  for (const s of items) {
    if (!s.applicable) notApplicable += 1;
    else if (s.score !== undefined) {
      answered += 1;
      weighted += s.item.weight * s.score;
      weights += s.item.weight;
    }
  }
  const applicable = items.length - notApplicable;
  const raw = weights > 0 ? weighted / weights : undefined;
  return {
    raw,
    score: raw === undefined ? undefined : settle(raw),
    coverage: applicable > 0 ? settle(answered / applicable) : undefined,
    answered,
    applicable,
    notApplicable,
    total: items.length,
  };
}

/**
 * Scores a questionnaire under its declared rules: a level scores its `levelScores` value; not
 * applicable leaves the denominator; unanswered leaves the score and lowers coverage; a group scores
 * the weighted mean of the answered items in it and in its nested groups; the overall score is the
 * weighted mean of the top-level groups' scores (group weights), or of all items, as declared.
 */
export function scoreQuestionnaire(q: Questionnaire, answerOf: AnswerLookup): QuestionnaireScore {
  const items = new Map(q.items.map((item) => [item.id, scoreItem(q, item, answerOf(item.id))]));
  const groups = new Map<string, GroupScore>();
  let weighted = 0;
  let weights = 0;
  for (const node of groupTree(q)) {
    const { raw, ...score } = aggregate(node.allItems.map((i) => items.get(i.id) as ItemScore));
    groups.set(node.group.id, { node, ...score });
    if (node.depth === 0 && raw !== undefined) {
      weighted += node.group.weight * raw;
      weights += node.group.weight;
    }
  }
  const { raw: _, ...all } = aggregate([...items.values()]);
  if (q.scoring.overall === 'items') return { overall: all, groups, items };
  return { overall: { ...all, score: weights > 0 ? settle(weighted / weights) : undefined }, groups, items };
}

/**
 * The level a score has reached: the highest level whose score it equals or exceeds. A group at 60
 * on a 0/25/50/75/100 scale has reached level 3, not yet 4.
 */
export function levelForScore(q: Questionnaire, score: number): number {
  let reached = q.scale.levels[0]?.value ?? 1;
  for (const level of q.scale.levels) {
    const threshold = q.scoring.levelScores[String(level.value)];
    if (threshold !== undefined && score >= threshold - 1e-9) reached = level.value;
  }
  return reached;
}
