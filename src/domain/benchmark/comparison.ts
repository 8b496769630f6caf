import { POPULATION_BANDS, URBANISATION } from '../assessment/profile';
import type { Questionnaire } from '../questionnaire/schema';
import { alignRecord, columnsOf, type Basis, type Columns, type DeclaredMigration } from './align';
import type { PeerRecord } from './peer-record';
import { ANONYMITY_THRESHOLD, DISTANCE_WEIGHTS, type PeerGroup, type ProfileBands } from './peer-group';
import { quantileSorted, type Summary } from './statistics';

/** Six decimals, as scores: equal inputs give exactly equal outputs. */
const settle = (x: number): number => Math.round(x * 1e6) / 1e6;

const BASES: readonly Basis[] = ['same', 'migrated', 'common', 'other'];

/**
 * Peers made ready for fast comparison (built once per pool selection, kept in the worker): the
 * scores as columns, and for every column the peers in ascending order of their score, so that a
 * new peer group needs no sorting, only one pass over each column.
 */
export interface PreparedPeers {
  readonly count: number;
  readonly columns: Columns;
  readonly values: Float64Array[];
  readonly order: Int32Array[];
  readonly basis: Uint8Array;
  readonly country: string[];
  readonly band: Uint8Array;
  readonly urbanisation: Uint8Array;
  readonly year: Uint16Array;
  readonly synthetic: Uint8Array;
  /** Names of the peers that chose to share theirs. */
  readonly names: (string | null)[];
  /** Records dropped because another selected pool holds the same record id. */
  readonly duplicates: number;
}

export function preparePeers(
  records: readonly PeerRecord[],
  target: Questionnaire,
  migrations: readonly DeclaredMigration[],
): PreparedPeers {
  const seen = new Set<string>();
  const unique = [...records]
    .sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0))
    .filter((r) => !seen.has(r.recordId) && seen.add(r.recordId) !== undefined);
  const n = unique.length;
  const columns = columnsOf(target);
  const width = columns.items.length + columns.groups.length + 1;
  const values = Array.from({ length: width }, () => new Float64Array(n));
  const basis = new Uint8Array(n);
  const band = new Uint8Array(n);
  const urbanisation = new Uint8Array(n);
  const year = new Uint16Array(n);
  const synthetic = new Uint8Array(n);
  const country: string[] = new Array<string>(n);
  const names: (string | null)[] = new Array<string | null>(n);
  unique.forEach((r, i) => {
    const aligned = alignRecord(r, target, columns, migrations);
    for (let c = 0; c < width; c += 1) (values[c] as Float64Array)[i] = aligned.values[c] as number;
    basis[i] = BASES.indexOf(aligned.basis);
    band[i] = POPULATION_BANDS.indexOf(r.populationBand);
    urbanisation[i] = URBANISATION.indexOf(r.urbanisation);
    year[i] = r.year;
    synthetic[i] = r.synthetic ? 1 : 0;
    country[i] = r.country;
    names[i] = r.name;
  });
  // Sort (score, index) pairs packed into one float each: a comparator-free typed sort stays fast at 100,000.
  const order = values.map((col) => {
    const keys = new Float64Array(n);
    let m = 0;
    for (let i = 0; i < n; i += 1) {
      const v = col[i] as number;
      if (!Number.isNaN(v)) keys[m++] = Math.round(v * 1e6) * 2 ** 21 + i;
    }
    const sorted = keys.subarray(0, m).sort();
    const out = new Int32Array(m);
    for (let k = 0; k < m; k += 1) out[k] = (sorted[k] as number) % 2 ** 21;
    return out;
  });
  return { count: n, columns, values, order, basis, country, band, urbanisation, year, synthetic, names, duplicates: records.length - n }; // prettier-ignore
}

export interface StatRow {
  readonly id: string;
  /** Peers with a score here (after the group is chosen). */
  readonly count: number;
  readonly city: number | null;
  /** Undefined when fewer peers than the anonymity threshold have a score. */
  readonly summary: Summary | null;
  /** Percentage of peers strictly below the city plus half of those equal; null without a city score. */
  readonly rank: number | null;
}

export interface CityScores {
  readonly profile: ProfileBands;
  readonly items: Readonly<Record<string, number | undefined>>;
  readonly groups: Readonly<Record<string, number | undefined>>;
  readonly overall: number | undefined;
}

export interface PeerComparison {
  readonly questionnaire: { id: string; version: string };
  readonly group: PeerGroup;
  readonly poolIds: readonly string[];
  /** Peers in the group. */
  readonly peerCount: number;
  /** How many of them are synthetic (demonstration data); any at all marks every statistic. */
  readonly syntheticCount: number;
  readonly synthetic: boolean;
  readonly threshold: number;
  /** False when the group has fewer peers than the threshold: no statistic at all. */
  readonly enough: boolean;
  /** How the peers' scores reach the city's version, by basis. */
  readonly basis: { same: number; migrated: number; common: number };
  /** Peers of the pools that could not be compared (another questionnaire, no declared migration). */
  readonly excluded: number;
  readonly duplicates: number;
  /** Largest profile distance within the group when chosen by nearness. */
  readonly maxDistance: number | null;
  /** Names shared by peers in the group (at most 50), shown as text only. */
  readonly namedPeers: string[];
  readonly overall: StatRow;
  readonly groups: StatRow[];
  readonly items: StatRow[];
}

function chooseGroup(
  p: PreparedPeers,
  g: PeerGroup,
  city: ProfileBands,
): { mask: Uint8Array; maxDistance: number | null } {
  const mask = new Uint8Array(p.count);
  const eligible = (i: number) => {
    const b = p.basis[i] as number;
    return g.versions === 'same' ? b === 0 : b <= 2;
  };
  if (g.mode === 'filter') {
    // Indexes compared directly: no object per peer, this loop runs over 100,000 of them.
    const band = g.populationBand === null ? -1 : POPULATION_BANDS.indexOf(g.populationBand);
    const urb = g.urbanisation === null ? -1 : URBANISATION.indexOf(g.urbanisation);
    for (let i = 0; i < p.count; i += 1) {
      if (
        eligible(i) &&
        (g.country === null || p.country[i] === g.country) &&
        (band < 0 || p.band[i] === band) &&
        (urb < 0 || p.urbanisation[i] === urb) &&
        (g.year === null || p.year[i] === g.year)
      )
        mask[i] = 1;
    }
    return { mask, maxDistance: null };
  }
  const w = DISTANCE_WEIGHTS;
  const cityBand = POPULATION_BANDS.indexOf(city.populationBand as (typeof POPULATION_BANDS)[number]);
  const cityUrb = URBANISATION.indexOf(city.urbanisation as (typeof URBANISATION)[number]);
  // Key: distance in half points, then newer years first, then record id order (the index).
  const keys: number[] = [];
  for (let i = 0; i < p.count; i += 1) {
    if (!eligible(i)) continue;
    const year = p.year[i] as number;
    const d =
      (p.country[i] === city.country ? 0 : w.country) +
      w.populationBand * Math.abs((p.band[i] as number) - cityBand) +
      w.urbanisation * Math.abs((p.urbanisation[i] as number) - cityUrb) +
      w.year * Math.min(w.maxYears, Math.abs(year - city.year));
    keys.push(Math.round(d * 2) * 2 ** 28 + (2100 - year) * 2 ** 21 + i);
  }
  const chosen = Float64Array.from(keys).sort().subarray(0, g.nearest);
  let maxDistance = 0;
  for (const k of chosen) {
    mask[k % 2 ** 21] = 1;
    maxDistance = Math.max(maxDistance, Math.floor(k / 2 ** 28) / 2);
  }
  return { mask, maxDistance: chosen.length > 0 ? maxDistance : null };
}

/** The city against the chosen peers: count, quartiles, min, max and percentile rank per column. */
export function comparePeers(
  p: PreparedPeers,
  target: { id: string; version: string },
  city: CityScores,
  group: PeerGroup,
  poolIds: readonly string[],
): PeerComparison {
  const { mask, maxDistance } = chooseGroup(p, group, city.profile);
  let peerCount = 0;
  let syntheticCount = 0;
  const basis = { same: 0, migrated: 0, common: 0 };
  let excluded = 0;
  const namedPeers: string[] = [];
  for (let i = 0; i < p.count; i += 1) {
    if (p.basis[i] === 3) excluded += 1;
    if (!mask[i]) continue;
    peerCount += 1;
    const name = p.names[i];
    if (name && namedPeers.length < 50) namedPeers.push(name);
    syntheticCount += p.synthetic[i] as number;
    basis[BASES[p.basis[i] as number] as 'same' | 'migrated' | 'common'] += 1;
  }
  const enough = peerCount >= ANONYMITY_THRESHOLD;
  const scratch = new Float64Array(p.count);
  const chosen = new Int32Array(peerCount);
  for (let i = 0, k = 0; i < p.count; i += 1) if (mask[i]) chosen[k++] = i;
  // A small group is gathered and sorted; a large one is read in the column's stored order.
  const gatherAndSort = peerCount * Math.log2(peerCount + 2) < p.count;
  const stat = (c: number, id: string, cityScore: number | undefined): StatRow => {
    const col = p.values[c] as Float64Array;
    let m = 0;
    if (gatherAndSort) {
      for (let k = 0; k < chosen.length; k += 1) {
        const v = col[chosen[k] as number] as number;
        if (!Number.isNaN(v)) scratch[m++] = v;
      }
      scratch.subarray(0, m).sort();
    } else {
      const order = p.order[c] as Int32Array;
      for (let k = 0; k < order.length; k += 1) {
        const i = order[k] as number;
        if (mask[i]) scratch[m++] = col[i] as number;
      }
    }
    const sorted = scratch.subarray(0, m);
    const shown = enough && m >= ANONYMITY_THRESHOLD;
    let rank: number | null = null;
    if (shown && cityScore !== undefined) {
      let below = 0;
      let equal = 0;
      for (let k = 0; k < m; k += 1) {
        const v = sorted[k] as number;
        if (v < cityScore - 1e-9) below += 1;
        else if (v <= cityScore + 1e-9) equal += 1;
        else break;
      }
      rank = settle((100 * (below + equal / 2)) / m);
    }
    const summary: Summary | null = shown
      ? { count: m, min: sorted[0] as number, q1: settle(quantileSorted(sorted, 0.25)), median: settle(quantileSorted(sorted, 0.5)), q3: settle(quantileSorted(sorted, 0.75)), max: sorted[m - 1] as number } // prettier-ignore
      : null;
    return { id, count: m, city: cityScore ?? null, summary, rank };
  };
  const ni = p.columns.items.length;
  return {
    questionnaire: { id: target.id, version: target.version },
    group,
    poolIds: [...poolIds],
    peerCount,
    syntheticCount,
    synthetic: syntheticCount > 0,
    threshold: ANONYMITY_THRESHOLD,
    enough,
    basis,
    excluded,
    duplicates: p.duplicates,
    maxDistance,
    namedPeers: enough ? namedPeers.sort() : [],
    items: p.columns.items.map((id, c) => stat(c, id, city.items[id])),
    groups: p.columns.groups.map((id, c) => stat(ni + c, id, city.groups[id])),
    overall: stat(ni + p.columns.groups.length, 'overall', city.overall),
  };
}
