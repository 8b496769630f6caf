import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { toPeerRecord } from '../domain/benchmark/peer-record';
import type { BenchmarkPackage } from '../domain/benchmark/package';
import { defaultPeerGroup } from '../domain/benchmark/peer-group';
import { AppDatabase } from './db';
import { createPeerRepository } from './peer-repository';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function open() {
  const name = `peers-${crypto.randomUUID()}`;
  names.push(name);
  const db = new AppDatabase(name);
  await db.open();
  return { db, peers: createPeerRepository(db) };
}

const pkg = (id: string, q = 'sample'): BenchmarkPackage => ({
  format: 'eif4scc-benchmark-package',
  formatVersion: 1,
  id,
  synthetic: false,
  questionnaire: { id: q, version: '1.0.0' },
  profile: { country: 'DK', populationBand: 'lt5k', urbanisation: 'rural' },
  year: 2025,
  scores: { overall: 50, coverage: 1, groups: { g: 50 }, items: { i: 50 } },
});

const pool = (id: string) => ({
  id,
  title: id,
  source: { kind: 'file' as const, label: `${id}.json` },
  recordCount: 2,
  syntheticCount: 0,
  questionnaires: ['sample@1.0.0'],
  importedAt: '2026-01-01T00:00:00.000Z',
  status: 'ready' as const,
});

it('keeps a pool invisible until finished, and removes unfinished ones with their records', async () => {
  const { db, peers } = await open();
  await peers.beginPool(pool('p1'));
  await peers.putRecords([toPeerRecord(pkg('a'), 'p1'), toPeerRecord(pkg('b', 'other'), 'p1')], 'p1');
  expect(await peers.listPools()).toEqual([]);
  await peers.beginPool(pool('p2'));
  await peers.putRecords([toPeerRecord(pkg('a'), 'p2')], 'p2');
  // A second batch of the same set key gets its own set.
  await peers.putRecords([toPeerRecord(pkg('z'), 'p2')], 'p2', 1);
  await peers.finishPool('p2');
  expect((await peers.listPools()).map((p) => p.id)).toEqual(['p2']);
  expect(await peers.removeIncomplete()).toBe(1);
  expect(await db.peerSets.count()).toBe(2);
  expect((await peers.loadRecords(['p2'], ['sample'])).map((r) => r.recordId).sort()).toEqual(['a', 'z']);
  await peers.removePool('p2');
  expect(await db.peerSets.count()).toBe(0);
  db.close();
});

it('loads records by pool and questionnaire, refuses invalid rows, keeps selections', async () => {
  const { db, peers } = await open();
  await peers.beginPool(pool('p1'));
  await peers.putRecords([toPeerRecord(pkg('a'), 'p1'), toPeerRecord(pkg('b', 'other'), 'p1')], 'p1');
  await peers.finishPool('p1');
  expect((await peers.loadRecords(['p1'], ['other'])).map((r) => r.recordId)).toEqual(['b']);
  await expect(peers.putRecords([{ ...toPeerRecord(pkg('c'), 'p1'), year: 1 }], 'p1')).rejects.toThrow(
    /invalid peer set/,
  );
  expect(await db.peerSets.count()).toBe(2);
  const selection = { assessmentId: 'a1', questionnaireId: 'sample', poolIds: ['p1'], group: { ...defaultPeerGroup, country: 'DK' as const }, updatedAt: '2026-01-01T00:00:00.000Z' }; // prettier-ignore
  await peers.putSelection(selection);
  expect(await peers.getSelection('a1', 'sample')).toEqual(selection);
  db.close();
});
