import type { AnswerValue } from '../assessment/schema';
import type { Migration } from '../migration/schema';
import { groupTree } from '../questionnaire/groups';
import type { Questionnaire } from '../questionnaire/schema';
import { scoreQuestionnaire } from '../scoring/score';
import type { PeerRecord } from './peer-record';

/** How a peer's scores reach the city's questionnaire version. */
export type Basis = 'same' | 'migrated' | 'common' | 'other';

export interface DeclaredMigration {
  readonly from: { id: string; version: string };
  readonly migration: Migration;
}

/** The columns compared: one per item, one per group, and the overall score. */
export interface Columns {
  readonly items: readonly string[];
  readonly groups: readonly string[];
}

export const columnsOf = (q: Questionnaire): Columns => ({
  items: q.items.map((i) => i.id),
  groups: groupTree(q).map((n) => n.group.id),
});

/** The level a score stands for on the target scale (the nearest level score). */
function levelOf(q: Questionnaire, score: number): number {
  let best = 1;
  let gap = Infinity;
  for (const [level, s] of Object.entries(q.scoring.levelScores)) {
    if (Math.abs(s - score) < gap) {
      gap = Math.abs(s - score);
      best = Number(level);
    }
  }
  return best;
}

function migratedLevels(m: Migration, levels: Map<string, number>, target: Questionnaire): Map<string, AnswerValue> {
  const out = new Map<string, AnswerValue>();
  const targetIds = new Set(target.items.map((i) => i.id));
  for (const rule of m.rules) {
    if (rule.kind === 'carry') {
      const v = levels.get(rule.from);
      if (v !== undefined) out.set(rule.to, rule.levelMap?.[String(v)] ?? v);
    } else if (rule.kind === 'merge') {
      const vs = rule.from.map((id) => levels.get(id)).filter((v): v is number => v !== undefined);
      if (vs.length === 0) continue;
      const v = rule.combine === 'min' ? Math.min(...vs) : rule.combine === 'max' ? Math.max(...vs) : Math.floor(vs.reduce((a, b) => a + b, 0) / vs.length); // prettier-ignore
      out.set(rule.to, v);
    } else if (rule.kind === 'split') {
      const v = levels.get(rule.from);
      if (v !== undefined) for (const to of rule.to) out.set(to, v);
    }
  }
  if (m.carryUnchanged) {
    const handled = new Set(m.rules.flatMap((r) => ('from' in r ? [r.from].flat() : [])));
    for (const [id, v] of levels) if (!handled.has(id) && targetIds.has(id) && !out.has(id)) out.set(id, v);
  }
  return out;
}

export interface AlignedRecord {
  readonly basis: Basis;
  /** Scores per column (NaN where there is none), items first, then groups, then overall. */
  readonly values: Float64Array;
}

/**
 * Brings a peer's scores onto the city's questionnaire: the same version as it is; another version
 * or questionnaire with a declared migration by re-scoring the migrated levels; another version of
 * the same questionnaire without one on the items of the same id only (no group or overall score,
 * since those would mix different item sets); anything else not at all.
 */
export function alignRecord(
  r: PeerRecord,
  target: Questionnaire,
  columns: Columns,
  migrations: readonly DeclaredMigration[],
): AlignedRecord {
  const width = columns.items.length + columns.groups.length + 1;
  const values = new Float64Array(width).fill(NaN);
  const put = (i: number, v: number | null | undefined) => {
    if (typeof v === 'number') values[i] = v;
  };
  if (r.questionnaireId === target.id && r.questionnaireVersion === target.version) {
    columns.items.forEach((id, i) => put(i, Object.hasOwn(r.items, id) ? r.items[id] : undefined));
    columns.groups.forEach((id, i) => put(columns.items.length + i, Object.hasOwn(r.groups, id) ? r.groups[id] : undefined)); // prettier-ignore
    put(width - 1, r.overall);
    return { basis: 'same', values };
  }
  const declared = migrations.find((m) => m.from.id === r.questionnaireId && m.from.version === r.questionnaireVersion);
  if (declared) {
    const levels = new Map<string, number>();
    for (const [id, s] of Object.entries(r.items)) if (typeof s === 'number') levels.set(id, levelOf(target, s));
    const moved = migratedLevels(declared.migration, levels, target);
    const result = scoreQuestionnaire(target, (id) => moved.get(id));
    columns.items.forEach((id, i) => put(i, result.items.get(id)?.score));
    columns.groups.forEach((id, i) => put(columns.items.length + i, result.groups.get(id)?.score));
    put(width - 1, result.overall.score);
    return { basis: 'migrated', values };
  }
  if (r.questionnaireId === target.id) {
    columns.items.forEach((id, i) => put(i, Object.hasOwn(r.items, id) ? r.items[id] : undefined));
    return { basis: 'common', values };
  }
  return { basis: 'other', values };
}
