import type { Assessment } from '../assessment/schema';
import type { QuestionnaireScore } from '../scoring/score';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_SCHEMA_PATH, type BenchmarkPackage } from './package';

const orNull = (x: number | undefined): number | null => (x === undefined ? null : x);

/**
 * The package a city shares: bands instead of the name (the name only when `shareName`), the year
 * and the scores. `id` is random per export so that a re-export can be recognised as a duplicate.
 */
export function buildPackage(
  assessment: Assessment,
  ref: { id: string; version: string },
  result: QuestionnaireScore,
  options: { id: string; shareName: boolean },
): BenchmarkPackage {
  const { country, populationBand, urbanisation, name } = assessment.profile;
  return {
    $schema: PACKAGE_SCHEMA_PATH,
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    id: options.id,
    synthetic: false,
    questionnaire: { id: ref.id, version: ref.version },
    profile: { country, populationBand, urbanisation, ...(options.shareName ? { name } : {}) },
    year: assessment.year,
    scores: {
      overall: orNull(result.overall.score),
      coverage: orNull(result.overall.coverage),
      groups: Object.fromEntries([...result.groups].map(([id, g]) => [id, orNull(g.score)])),
      items: Object.fromEntries([...result.items].map(([id, s]) => [id, orNull(s.score)])),
    },
  };
}
