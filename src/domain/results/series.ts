import type { Questionnaire } from '../questionnaire/schema';
import { levelForScore, type QuestionnaireScore } from '../scoring/score';

export interface GroupPoint {
  readonly groupId: string;
  readonly label: string;
  readonly score: number | undefined;
  readonly coverage: number | undefined;
  readonly level: number | undefined;
}

export interface ItemPoint {
  readonly itemId: string;
  readonly number: number;
  readonly question: string;
  readonly groupLabel: string;
  readonly value: number | 'na' | null;
  readonly score: number | undefined;
}

/** One point per group that holds items directly (principles, elements, MIMs…): the radar's spokes. */
export function groupSeries(q: Questionnaire, result: QuestionnaireScore): GroupPoint[] {
  return [...result.groups.values()]
    .filter((g) => g.node.items.length > 0)
    .map((g) => ({
      groupId: g.node.group.id,
      label: g.node.group.title,
      score: g.score,
      coverage: g.coverage,
      level: g.score === undefined ? undefined : levelForScore(q, g.score),
    }));
}

/** One point per item, numbered in reading order (the order of the answering screen). */
export function itemSeries(result: QuestionnaireScore): ItemPoint[] {
  const points: ItemPoint[] = [];
  for (const g of result.groups.values()) {
    for (const item of g.node.items) {
      const s = result.items.get(item.id);
      points.push({
        itemId: item.id,
        number: points.length + 1,
        question: item.question,
        groupLabel: g.node.group.title,
        value: s?.value ?? null,
        score: s?.score,
      });
    }
  }
  return points;
}

/** The best and the weakest answered items; ties keep reading order. */
export function strengthsAndGaps(
  items: readonly ItemPoint[],
  count = 3,
): { strengths: ItemPoint[]; gaps: ItemPoint[] } {
  const scored = items.filter((i) => i.score !== undefined);
  const byScore = [...scored].sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.number - b.number);
  const strengths = byScore.slice(0, count).filter((i) => (i.score ?? 0) > 0);
  const gaps = [...scored]
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.number - b.number)
    .slice(0, count)
    .filter((i) => (i.score ?? 0) < 100);
  return { strengths, gaps };
}
