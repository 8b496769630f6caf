import { z } from 'zod';
import { POPULATION_BANDS, URBANISATION, COUNTRIES } from '../assessment/profile';
import { MAX_YEAR, MIN_YEAR } from '../assessment/schema';
import { idSchema, semverSchema } from '../questionnaire/schema';

export const PACKAGE_FORMAT = 'eif4scc-benchmark-package';
export const POOL_FORMAT = 'eif4scc-benchmark-pool';
export const PACKAGE_FORMAT_VERSION = 1;
/** Where the generated JSON Schema is published with the app. */
export const PACKAGE_SCHEMA_PATH = 'schema/benchmark-package-1.schema.json';

/** Bounds that keep a hostile file from growing without limit. */
const MAX_SCORED = 500;

const score = z.number().min(0).max(100);
const ID = '[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*';
/** All ids of a map checked at once: one regular expression per map instead of one per key. */
const ID_LIST = new RegExp(`^${ID}(?:\\n${ID})*$`);

/** Why a score map is wrong (with the key at fault), or undefined when it is right. */
function scoreMapProblem(value: unknown): { path: PropertyKey[]; message: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path: [], message: 'Expected an object of ids and scores' };
  }
  const keys = Object.keys(value);
  if (keys.length > MAX_SCORED) return { path: [], message: `Expected at most ${MAX_SCORED} entries` };
  if (keys.length > 0 && !ID_LIST.test(keys.join('\n'))) {
    const bad = keys.find((k) => !idSchema.safeParse(k).success) ?? '';
    return { path: [bad], message: 'Expected an id of lower-case letters, digits, "-" or "."' };
  }
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && !(typeof v === 'number' && v >= 0 && v <= 100)) {
      return { path: [key], message: 'Expected a score from 0 to 100, or null' };
    }
  }
  return undefined;
}

/**
 * Scores by item or group id. A zod record checks key by key and costs ~10 µs per map, too slow for
 * 100,000 records; this check is equivalent and fast. `meta` gives the published JSON Schema.
 */
export const scoreMap = z
  .custom<Record<string, number | null>>()
  .check((ctx) => {
    const problem = scoreMapProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, ...problem });
  })
  .meta({
    type: 'object',
    maxProperties: MAX_SCORED,
    propertyNames: { pattern: `^${ID}$`, maxLength: 64 },
    additionalProperties: { anyOf: [{ type: 'number', minimum: 0, maximum: 100 }, { type: 'null' }] },
  });

/**
 * One anonymised benchmark record: which questionnaire, the profile bands (never the name unless the
 * city opts in), the year and the scores. Everything a peer needs to compare, nothing to identify.
 */
export const benchmarkPackageSchema = z.strictObject({
  $schema: z.string().max(300).optional(),
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  /** A random id made at export: how duplicates are recognised. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Expected an id of letters, digits, ".", "_", ":" or "-"')
    .max(100),
  /** True for made-up data (the demonstration pool): never mixed silently with real peers. */
  synthetic: z.boolean(),
  questionnaire: z.strictObject({ id: idSchema, version: semverSchema }),
  profile: z.strictObject({
    country: z.enum(COUNTRIES),
    populationBand: z.enum(POPULATION_BANDS),
    urbanisation: z.enum(URBANISATION),
    /** Only when the city chose to share it. */
    name: z.string().trim().min(1).max(200).optional(),
  }),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  scores: z.strictObject({
    overall: score.nullable(),
    coverage: z.number().min(0).max(1).nullable(),
    groups: scoreMap,
    items: scoreMap,
  }),
});

export type BenchmarkPackage = z.output<typeof benchmarkPackageSchema>;
export type BenchmarkPackageInput = z.input<typeof benchmarkPackageSchema>;

/** A published pool: packages wrapped with a title. Plain arrays and NDJSON are accepted too. */
export const poolFileHeaderSchema = z.object({
  format: z.literal(POOL_FORMAT),
  formatVersion: z.literal(PACKAGE_FORMAT_VERSION),
  title: z.string().trim().max(200).optional(),
});
