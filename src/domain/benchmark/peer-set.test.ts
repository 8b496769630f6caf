import { expect, it } from 'vitest';
import { benchmarkPackageSchema } from './package';
import { toPeerRecord } from './peer-record';
import { fromPeerSet, peerSetSchema, toPeerSets } from './peer-set';
import seven from '../../../test/fixtures/peers/seven-peers.json';

const records = seven.slice(0, 7).map((p) => toPeerRecord(benchmarkPackageSchema.parse(p), 'pool'));

it('stores records as sets by questionnaire version, country and year, and reads them back unchanged', () => {
  const sets = toPeerSets(records, 'pool', 3);
  // DK 2025: peers 1, 2, 4, 5 (two sets of at most 3); DK 2024: peer 3; SE 2025: peers 6, 7.
  expect(sets.map((s) => [s.setId, s.recordIds.length])).toEqual([
    ['sample@1.0.0|DK|2025|0.0', 3],
    ['sample@1.0.0|DK|2025|0.1', 1],
    ['sample@1.0.0|DK|2024|0.0', 1],
    ['sample@1.0.0|SE|2025|0.0', 2],
  ]);
  for (const s of sets) expect(peerSetSchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
  const back = sets.flatMap(fromPeerSet).sort((a, b) => a.recordId.localeCompare(b.recordId));
  expect(back).toEqual([...records].sort((a, b) => a.recordId.localeCompare(b.recordId)));
});

it('refuses sets whose columns disagree or whose scores are out of range', () => {
  const [set] = toPeerSets(records, 'pool');
  if (!set) throw new Error('no set');
  expect(peerSetSchema.safeParse({ ...set, names: [] }).success).toBe(false);
  expect(peerSetSchema.safeParse({ ...set, items: set.items.map((row) => row.map(() => 101)) }).success).toBe(false);
  expect(peerSetSchema.safeParse({ ...set, overall: set.overall.map(() => 'x') }).success).toBe(false);
});
