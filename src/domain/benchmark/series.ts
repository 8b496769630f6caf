import { groupTree } from '../questionnaire/groups';
import type { Questionnaire } from '../questionnaire/schema';
import type { PeerComparison, StatRow } from './comparison';

export interface BenchmarkRow extends StatRow {
  readonly label: string;
  /** "group" rows are the radar's spokes (groups holding items directly); "overall" once. */
  readonly kind: 'overall' | 'group' | 'parent-group' | 'item';
  readonly number?: number;
}

/** Rows for the tables and charts, labelled in the questionnaire's language, in reading order. */
export function benchmarkRows(q: Questionnaire, c: PeerComparison, overallLabel: string) {
  const tree = groupTree(q);
  const groupRow = new Map(c.groups.map((g) => [g.id, g]));
  const itemRow = new Map(c.items.map((i) => [i.id, i]));
  const groups: BenchmarkRow[] = tree.flatMap((n) => {
    const row = groupRow.get(n.group.id);
    return row ? [{ ...row, label: n.group.title, kind: n.items.length > 0 ? ('group' as const) : ('parent-group' as const) }] : []; // prettier-ignore
  });
  const items: BenchmarkRow[] = [];
  for (const n of tree) {
    for (const item of n.items) {
      const row = itemRow.get(item.id);
      if (row) items.push({ ...row, label: item.question, kind: 'item', number: items.length + 1 });
    }
  }
  return { overall: { ...c.overall, label: overallLabel, kind: 'overall' as const }, groups, items };
}

/**
 * The radar: the city against the peer median on each group that has both. A group without a peer
 * median (too few peers) or without a score of the city is left out rather than drawn at 0.
 */
export function radarSeries(groups: readonly BenchmarkRow[]) {
  return groups.flatMap((g) =>
    g.kind === 'group' && g.city !== null && g.summary !== null
      ? [{ label: g.label, city: g.city, median: g.summary.median }]
      : [],
  );
}

export interface BoxPoint {
  readonly label: string;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
  readonly city: number | null;
}

/** Box plots: one per row that has statistics. */
export const boxSeries = (rows: readonly BenchmarkRow[]): BoxPoint[] =>
  rows.flatMap((r) => (r.summary ? [{ label: r.label, ...r.summary, city: r.city }] : []));
