import type { Assessment } from '../assessment/schema';
import type { QuestionnaireScore } from '../scoring/score';
import type { CityScores, PeerComparison } from './comparison';

/** The city's own scores and profile bands, in the shape peers are compared with. */
export function cityScoresOf(assessment: Assessment, result: QuestionnaireScore): CityScores {
  const { country, populationBand, urbanisation } = assessment.profile;
  return {
    profile: { country, populationBand, urbanisation, year: assessment.year },
    items: Object.fromEntries([...result.items].map(([id, s]) => [id, s.score])),
    groups: Object.fromEntries([...result.groups].map(([id, g]) => [id, g.score])),
    overall: result.overall.score,
  };
}

/** A pool as the comparison describes it: enough to say where the peers come from. */
export interface PoolSummary {
  readonly id: string;
  readonly title: string;
  readonly recordCount: number;
  readonly synthetic: boolean;
}

/** What the benchmark screen and the report show: the statistics, the peer group and its pools. */
export interface PeerComparisonReport {
  readonly comparison: PeerComparison;
  readonly pools: readonly PoolSummary[];
  readonly city: CityScores;
}
