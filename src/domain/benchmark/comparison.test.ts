import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadMigration } from '../migration/load';
import { loadQuestionnaire } from '../questionnaire/load';
import type { Questionnaire } from '../questionnaire/schema';
import { comparePeers, preparePeers, type CityScores } from './comparison';
import { toPeerRecord, type PeerRecord } from './peer-record';
import { defaultPeerGroup, profileDistance } from './peer-group';
import { benchmarkPackageSchema } from './package';

const root = join(import.meta.dirname, '..', '..', '..');
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const questionnaire = (path: string): Questionnaire => {
  const r = loadQuestionnaire(json(path), path);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const sample = questionnaire('test/fixtures/questionnaires/sample-1.0.0.json');
const records = (json('test/fixtures/peers/seven-peers.json') as unknown[])
  .slice(0, 7)
  .map((p) => toPeerRecord(benchmarkPackageSchema.parse(p), 'pool'));

// The city of the results e2e test: governance (50 + 2 × 100) ÷ 3 = 83.333333, data 25, overall 54.166667.
const city: CityScores = {
  profile: { country: 'DK', populationBand: '50k-100k', urbanisation: 'cities', year: 2025 },
  items: { 'gov-strategy': 50, 'gov-owner': 100, 'data-catalogue': 25 },
  groups: { governance: 83.333333, data: 25 },
  overall: 54.166667,
};

it('matches the hand computation on the seven-peer pool', () => {
  const c = comparePeers(preparePeers(records, sample, []), sample, city, defaultPeerGroup, ['pool']);
  expect(c.peerCount).toBe(7);
  // Overall 20 40 54.166667 60 70 80 90: median x[3] = 60, q1 = 40 + 0.5 × 14.166667 (to 6 decimals), q3 = 70 + 0.5 × 10.
  expect(c.overall.summary).toEqual({ count: 7, min: 20, q1: 47.083333, median: 60, q3: 75, max: 90 });
  // 2 below, 1 equal: (2 + 0.5) ÷ 7.
  expect(c.overall.rank).toBeCloseTo(250 / 7, 5);
  const gov = c.groups.find((g) => g.id === 'governance');
  expect(gov?.summary?.median).toBe(83.333333);
  expect(gov?.rank).toBeCloseTo(50, 9);
  const strategy = c.items.find((i) => i.id === 'gov-strategy');
  expect(strategy?.summary?.median).toBe(75);
  expect(strategy?.rank).toBeCloseTo(200 / 7, 5);
  expect(c.items.find((i) => i.id === 'data-open')?.rank).toBeNull();
});

it('shows no statistic below five peers, and picks the nearest peers by profile', () => {
  const sweden = comparePeers(preparePeers(records, sample, []), sample, city, { ...defaultPeerGroup, country: 'SE' }, []); // prettier-ignore
  expect(sweden.peerCount).toBe(2);
  expect(sweden.enough).toBe(false);
  expect(sweden.overall.summary).toBeNull();
  expect(sweden.overall.rank).toBeNull();
  const nearest = comparePeers(preparePeers(records, sample, []), sample, city, { ...defaultPeerGroup, mode: 'nearest', nearest: 5 }, []); // prettier-ignore
  expect(nearest.peerCount).toBe(5);
  // The five Danish peers: four of 2025 (distance 0) and peer-3 of 2024 (0.5); the Swedish ones are at 3.
  expect(nearest.maxDistance).toBe(0.5);
  expect(nearest.overall.summary?.max).toBe(70);
});

it('compares another questionnaire through its declared migration, and other versions on common items', () => {
  const from = questionnaire('questionnaires/mims-plus-v5/1.0.0.json');
  const to = questionnaire('questionnaires/mims/1.0.0.json');
  const path = 'questionnaires/mims/migrations/mims-plus-v5@1.0.0--mims@1.0.0.json';
  const m = loadMigration(json(path), path, from, to);
  if (!m.ok) throw new Error('migration');
  const peer = (id: string, q: Questionnaire, level: number): PeerRecord =>
    toPeerRecord(
      benchmarkPackageSchema.parse({
        format: 'eif4scc-benchmark-package', formatVersion: 1, id, synthetic: true,
        questionnaire: { id: q.id, version: id.startsWith('old') ? '0.9.0' : q.version },
        profile: { country: 'AT', populationBand: 'lt5k', urbanisation: 'rural' }, year: 2024,
        scores: { overall: 0, coverage: 1, groups: {}, items: Object.fromEntries(q.items.map((i) => [i.id, (level - 1) * 25])) },
      }),
      'p',
    ); // prettier-ignore
  const pool = [1, 2, 3, 4, 5].map((l) => peer(`a${l}`, from, l)).concat([1, 2, 3, 4, 5].map((l) => peer(`old${l}`, to, l))); // prettier-ignore
  const prepared = preparePeers(pool, to, [{ from: { id: from.id, version: from.version }, migration: m.value }]);
  const cityB: CityScores = { ...city, items: { 'b-mim0-subscriptions': 50 }, groups: {}, overall: undefined };
  const same = comparePeers(prepared, to, cityB, defaultPeerGroup, []);
  expect(same.peerCount).toBe(0);
  const all = comparePeers(prepared, to, cityB, { ...defaultPeerGroup, versions: 'comparable' }, []);
  expect(all.basis).toEqual({ same: 0, migrated: 5, common: 5 });
  expect(all.synthetic).toBe(true);
  // Subscriptions is carried from A: 5 migrated + 5 common-item peers at 0, 25, 50, 75, 100 each.
  const subs = all.items.find((i) => i.id === 'b-mim0-subscriptions');
  expect(subs?.summary).toMatchObject({ count: 10, median: 50 });
  expect(subs?.rank).toBe(50);
  // A new item of B (no source in A) has only the 5 common-item peers; the overall only the 5 migrated.
  expect(all.items.find((i) => i.id === 'b-mim8-twin-exchange')?.count).toBe(5);
  expect(all.overall.count).toBe(5);
});

it('is invariant under permutation of the pool and keeps its invariants', () => {
  const arbitraryRecord = fc.record({
    overall: fc.integer({ min: 0, max: 100 }),
    gov: fc.integer({ min: 0, max: 100 }),
    country: fc.constantFrom('DK', 'SE', 'FI'),
    year: fc.integer({ min: 2020, max: 2026 }),
  });
  fc.assert(
    fc.property(fc.array(arbitraryRecord, { minLength: 0, maxLength: 40 }), fc.integer(), (specs, seed) => {
      const pool = specs.map((s, i) => ({ ...(records[0] as PeerRecord), recordId: `r${i}`, overall: s.overall, country: s.country as 'DK', year: s.year, groups: { governance: s.gov } })); // prettier-ignore
      const shuffled = [...pool].sort((a, b) => ((Number(a.recordId.slice(1)) * 7919 + seed) % 17) - ((Number(b.recordId.slice(1)) * 7919 + seed) % 17)); // prettier-ignore
      for (const group of [defaultPeerGroup, { ...defaultPeerGroup, mode: 'nearest' as const, nearest: 7 }]) {
        const a = comparePeers(preparePeers(pool, sample, []), sample, city, group, []);
        const b = comparePeers(preparePeers(shuffled, sample, []), sample, city, group, []);
        expect(b).toEqual(a);
        for (const row of [a.overall, ...a.groups, ...a.items]) {
          if (row.summary) {
            const s = row.summary;
            expect(s.min <= s.q1 && s.q1 <= s.median && s.median <= s.q3 && s.q3 <= s.max).toBe(true);
          }
          if (row.rank !== null) expect(row.rank >= 0 && row.rank <= 100).toBe(true);
        }
      }
    }),
    { numRuns: 100 },
  );
});

it('measures distance as documented', () => {
  const a = { country: 'DK', populationBand: 'lt5k', urbanisation: 'cities', year: 2025 };
  expect(profileDistance(a, a)).toBe(0);
  expect(profileDistance(a, { country: 'SE', populationBand: '20k-50k', urbanisation: 'rural', year: 2015 })).toBe(3 + 2 + 3 + 2); // prettier-ignore
});
