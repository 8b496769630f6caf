import { z } from 'zod';

/** Countries offered in the profile: EU member states, then EEA members and Switzerland (ISO 3166-1 alpha-2). */
export const COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO', 'CH',
] as const; // prettier-ignore

/** Resident population bands, in the order shown. */
export const POPULATION_BANDS = [
  'lt5k',
  '5k-20k',
  '20k-50k',
  '50k-100k',
  '100k-250k',
  '250k-500k',
  '500k-1m',
  'gte1m',
] as const;

/** Eurostat degree of urbanisation (DEGURBA). */
export const URBANISATION = ['cities', 'towns-suburbs', 'rural'] as const;

const optionalText = (max: number) => z.string().trim().max(max).default('');

export const profileSchema = z.strictObject({
  name: z.string().trim().min(1, 'Expected the name of the city or community').max(200),
  country: z.enum(COUNTRIES),
  /** Optional statistical codes: local administrative unit and NUTS region. */
  lau: optionalText(20),
  nuts: z
    .string()
    .trim()
    .regex(/^([A-Z]{2}[A-Z0-9]{0,3})?$/, 'Expected a NUTS code such as "DE21" or nothing')
    .default(''),
  populationBand: z.enum(POPULATION_BANDS),
  urbanisation: z.enum(URBANISATION),
  organisation: optionalText(200),
  assessor: optionalText(200),
});

export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type Country = (typeof COUNTRIES)[number];
export type PopulationBand = (typeof POPULATION_BANDS)[number];
export type Urbanisation = (typeof URBANISATION)[number];
