import { z } from 'zod';
import { COUNTRIES, POPULATION_BANDS, URBANISATION } from '../assessment/profile';
import { MAX_YEAR, MIN_YEAR } from '../assessment/schema';
import { idSchema, semverSchema } from '../questionnaire/schema';
import type { PeerRecord } from './peer-record';

/** Records per stored set: large enough that IndexedDB writes few rows, small enough to stay light. */
export const SET_SIZE = 2000;

const nullableScore = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 100);

/** A column of scores (one per record), or a matrix (one row of scores per record): checked in one loop. */
const scores = (depth: 1 | 2, width?: number) =>
  z
    .custom<unknown[]>((v) => Array.isArray(v))
    .check((ctx) => {
      const rows = ctx.value;
      for (let i = 0; i < rows.length; i += 1) {
        const row = rows[i];
        const ok =
          depth === 1 ? nullableScore(row) : Array.isArray(row) && row.length === width && row.every(nullableScore);
        if (!ok) {
          ctx.issues.push({ code: 'custom', input: row, path: [i], message: 'Expected scores from 0 to 100, or null' });
          return;
        }
      }
    });

/**
 * Peers stored as sets: the records of one pool sharing questionnaire version, country and year, in
 * columns. A pool of 100,000 peers is ~100 rows instead of 100,000, which IndexedDB writes in a few
 * seconds; the set fields are indexed for the peer-group filters. Plain arrays: JSON-serialisable.
 */
export const peerSetSchema = z
  .strictObject({
    poolId: z.string().min(1).max(100),
    setId: z.string().min(1).max(200),
    questionnaireId: idSchema,
    questionnaireVersion: semverSchema,
    country: z.enum(COUNTRIES),
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
    itemIds: z.array(idSchema).max(500),
    groupIds: z.array(idSchema).max(500),
    recordIds: z.array(z.string().min(1).max(100)).max(SET_SIZE),
    contentKeys: z.array(z.string().min(1).max(60)),
    populationBands: z.array(z.enum(POPULATION_BANDS)),
    urbanisations: z.array(z.enum(URBANISATION)),
    synthetic: z.array(z.boolean()),
    names: z.array(z.string().max(200).nullable()),
    overall: scores(1),
    coverage: z.array(z.number().min(0).max(1).nullable()),
    items: z.custom<(number | null)[][]>((v) => Array.isArray(v)),
    groups: z.custom<(number | null)[][]>((v) => Array.isArray(v)),
  })
  .superRefine((set, ctx) => {
    const n = set.recordIds.length;
    const columns = [set.contentKeys, set.populationBands, set.urbanisations, set.synthetic, set.names, set.overall, set.coverage, set.items, set.groups]; // prettier-ignore
    if (columns.some((c) => c.length !== n)) ctx.addIssue({ code: 'custom', message: 'Expected every column to hold one value per record' }); // prettier-ignore
    for (const [key, width] of [
      ['items', set.itemIds.length],
      ['groups', set.groupIds.length],
    ] as const) {
      const r = scores(2, width).safeParse(set[key]);
      if (!r.success)
        ctx.addIssue({ code: 'custom', path: [key], message: r.error.issues[0]?.message ?? 'Invalid scores' });
    }
  });
export type PeerSet = z.output<typeof peerSetSchema>;

/**
 * Groups records into sets by questionnaire version, country and year (at most `size` each).
 * `batch` keeps set ids unique when one pool is written in several batches.
 */
export function toPeerSets(records: readonly PeerRecord[], poolId: string, size = SET_SIZE, batch = 0): PeerSet[] {
  const byKey = new Map<string, PeerRecord[]>();
  for (const r of records) {
    const key = `${r.questionnaireId}@${r.questionnaireVersion}|${r.country}|${r.year}`;
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
  }
  const sets: PeerSet[] = [];
  for (const [key, list] of byKey) {
    for (let start = 0; start < list.length; start += size) {
      const part = list.slice(start, start + size);
      const first = part[0] as PeerRecord;
      const itemIds = [...new Set(part.flatMap((r) => Object.keys(r.items)))];
      const groupIds = [...new Set(part.flatMap((r) => Object.keys(r.groups)))];
      const column = (m: Record<string, number | null>, ids: string[]) => ids.map((id) => (Object.hasOwn(m, id) ? (m[id] ?? null) : null)); // prettier-ignore
      sets.push({
        poolId,
        setId: `${key}|${batch}.${start / size}`,
        questionnaireId: first.questionnaireId,
        questionnaireVersion: first.questionnaireVersion,
        country: first.country,
        year: first.year,
        itemIds,
        groupIds,
        recordIds: part.map((r) => r.recordId),
        contentKeys: part.map((r) => r.contentKey),
        populationBands: part.map((r) => r.populationBand),
        urbanisations: part.map((r) => r.urbanisation),
        synthetic: part.map((r) => r.synthetic),
        names: part.map((r) => r.name),
        overall: part.map((r) => r.overall),
        coverage: part.map((r) => r.coverage),
        items: part.map((r) => column(r.items, itemIds)),
        groups: part.map((r) => column(r.groups, groupIds)),
      });
    }
  }
  return sets;
}

/** The records of a set again (missing scores were null in the package and stay null). */
export function fromPeerSet(set: PeerSet): PeerRecord[] {
  return set.recordIds.map((recordId, i) => {
    const row = (ids: string[], values: (number | null)[] | undefined) => {
      const out: Record<string, number | null> = {};
      ids.forEach((id, k) => (out[id] = values?.[k] ?? null));
      return out;
    };
    return {
      poolId: set.poolId,
      recordId,
      contentKey: set.contentKeys[i] ?? '',
      questionnaireId: set.questionnaireId,
      questionnaireVersion: set.questionnaireVersion,
      country: set.country,
      populationBand: set.populationBands[i] ?? 'lt5k',
      urbanisation: set.urbanisations[i] ?? 'rural',
      year: set.year,
      synthetic: set.synthetic[i] ?? false,
      name: set.names[i] ?? null,
      overall: (set.overall[i] as number | null | undefined) ?? null,
      coverage: set.coverage[i] ?? null,
      items: row(set.itemIds, set.items[i]),
      groups: row(set.groupIds, set.groups[i]),
    };
  });
}
