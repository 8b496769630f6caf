import { z } from 'zod';
import { COUNTRIES, POPULATION_BANDS, URBANISATION } from '../assessment/profile';
import { MAX_YEAR, MIN_YEAR } from '../assessment/schema';

/** No statistic is shown for fewer peers than this: a small group could identify a city. */
export const ANONYMITY_THRESHOLD = 5;

export const peerGroupSchema = z.strictObject({
  /** "filter": every peer that matches; "nearest": the N peers closest to the city's profile. */
  mode: z.enum(['filter', 'nearest']),
  country: z.enum(COUNTRIES).nullable(),
  populationBand: z.enum(POPULATION_BANDS).nullable(),
  urbanisation: z.enum(URBANISATION).nullable(),
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR).nullable(),
  /** "same": only the city's questionnaire version; "comparable": also versions joined by a declared migration. */
  versions: z.enum(['same', 'comparable']),
  nearest: z.number().int().min(ANONYMITY_THRESHOLD).max(10_000),
});
export type PeerGroup = z.output<typeof peerGroupSchema>;

export const defaultPeerGroup: PeerGroup = {
  mode: 'filter',
  country: null,
  populationBand: null,
  urbanisation: null,
  year: null,
  versions: 'same',
  nearest: 25,
};

export interface ProfileBands {
  readonly country: string;
  readonly populationBand: string;
  readonly urbanisation: string;
  readonly year: number;
}

/**
 * Weights of the profile distance. A different country counts most (national law and shared
 * national platforms shape interoperability); each population band apart counts 1 (size drives staff
 * and budget); each step of urbanisation 1.5 (cities, towns and rural areas run different
 * services); each year apart 0.5, at most 4 years (practice moves on, slowly).
 */
export const DISTANCE_WEIGHTS = { country: 3, populationBand: 1, urbanisation: 1.5, year: 0.5, maxYears: 4 } as const;

export function profileDistance(a: ProfileBands, b: ProfileBands): number {
  const w = DISTANCE_WEIGHTS;
  const band = (x: string) => POPULATION_BANDS.indexOf(x as (typeof POPULATION_BANDS)[number]);
  const urb = (x: string) => URBANISATION.indexOf(x as (typeof URBANISATION)[number]);
  return (
    (a.country === b.country ? 0 : w.country) +
    w.populationBand * Math.abs(band(a.populationBand) - band(b.populationBand)) +
    w.urbanisation * Math.abs(urb(a.urbanisation) - urb(b.urbanisation)) +
    w.year * Math.min(w.maxYears, Math.abs(a.year - b.year))
  );
}

export const matchesFilters = (g: PeerGroup, p: ProfileBands): boolean =>
  (g.country === null || p.country === g.country) &&
  (g.populationBand === null || p.populationBand === g.populationBand) &&
  (g.urbanisation === null || p.urbanisation === g.urbanisation) &&
  (g.year === null || p.year === g.year);
