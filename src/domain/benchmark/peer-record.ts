import { z } from 'zod';
import { COUNTRIES, POPULATION_BANDS, URBANISATION } from '../assessment/profile';
import { MAX_YEAR, MIN_YEAR } from '../assessment/schema';
import { idSchema, semverSchema } from '../questionnaire/schema';
import { scoreMap, type BenchmarkPackage } from './package';

const score = z.number().min(0).max(100);

/**
 * A peer as stored in a pool: a benchmark package flattened so that the filter fields can be
 * indexed. A plain JSON object, so that backups can copy it as it is.
 */
export const peerRecordSchema = z.strictObject({
  poolId: z.string().min(1).max(100),
  recordId: z.string().min(1).max(100),
  /** Hash of the content without the id: the same scores published twice under two ids. */
  contentKey: z.string().min(1).max(60),
  questionnaireId: idSchema,
  questionnaireVersion: semverSchema,
  country: z.enum(COUNTRIES),
  populationBand: z.enum(POPULATION_BANDS),
  urbanisation: z.enum(URBANISATION),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  synthetic: z.boolean(),
  name: z.string().max(200).nullable(),
  overall: score.nullable(),
  coverage: z.number().min(0).max(1).nullable(),
  groups: scoreMap,
  items: scoreMap,
});
export type PeerRecord = z.output<typeof peerRecordSchema>;

/** cyrb53: a fast 53-bit string hash. */
export function hashText(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const keyHashes = new Map<string, number>();
const hashKey = (key: string): number => {
  let h = keyHashes.get(key);
  if (h === undefined) {
    h = hashText(key) % 2 ** 31;
    if (keyHashes.size < 100_000) keyHashes.set(key, h);
  }
  return h;
};

/** Order-independent hash of a score map: a sum of per-entry hashes, so no key needs sorting. */
function mapHash(m: Record<string, number | null>, salt: number): number {
  let sum = salt;
  for (const key in m) {
    if (!Object.hasOwn(m, key)) continue;
    const v = m[key];
    const entry = Math.imul(hashKey(key) ^ (v === null ? 0x5bd1e995 : Math.round((v ?? 0) * 1e6)), 0x9e3779b1);
    sum = (sum + (entry >>> 0)) % 2 ** 48;
  }
  return sum;
}

/** Identifies the content of a package without its id: the same scores published twice under two ids. */
export function contentKeyOf(p: BenchmarkPackage): string {
  const { profile, questionnaire, year, synthetic, scores } = p;
  const head = hashText(
    `${questionnaire.id}|${questionnaire.version}|${profile.country}|${profile.populationBand}|${profile.urbanisation}|${profile.name ?? ''}|${year}|${synthetic}|${scores.overall}|${scores.coverage}`,
  );
  return [head, mapHash(scores.groups, 1), mapHash(scores.items, 2)].map((n) => n.toString(36)).join('.');
}

export function toPeerRecord(p: BenchmarkPackage, poolId: string): PeerRecord {
  return {
    poolId,
    recordId: p.id,
    contentKey: contentKeyOf(p),
    questionnaireId: p.questionnaire.id,
    questionnaireVersion: p.questionnaire.version,
    country: p.profile.country,
    populationBand: p.profile.populationBand,
    urbanisation: p.profile.urbanisation,
    year: p.year,
    synthetic: p.synthetic,
    name: p.profile.name ?? null,
    overall: p.scores.overall,
    coverage: p.scores.coverage,
    groups: p.scores.groups,
    items: p.scores.items,
  };
}
