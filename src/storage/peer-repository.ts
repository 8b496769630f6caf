import Dexie from 'dexie';
import type { z } from 'zod';
import type { PeerRecord } from '../domain/benchmark/peer-record';
import { fromPeerSet, toPeerSets } from '../domain/benchmark/peer-set';
import {
  benchmarkSelectionRowSchema,
  peerPoolRowSchema,
  peerSetSchema,
  type BenchmarkSelectionRow,
  type PeerPoolRow,
} from './benchmark-rows';
import { AppDatabase, DB_NAME } from './db';
import { StorageError, toStorageError } from './errors';

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

function readRows<S extends z.ZodType>(schema: S, rows: unknown[], what: string): z.output<S>[] {
  const good: z.output<S>[] = [];
  let bad = 0;
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) good.push(parsed.data);
    else bad += 1;
  }
  if (bad > 0) console.warn(`Skipped ${bad} unreadable ${what} row(s)`);
  return good;
}

function checked<S extends z.ZodType>(schema: S, row: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) throw new StorageError('invalid-row', `Refused to store an invalid ${what}: ${parsed.error.issues[0]?.message ?? ''}`); // prettier-ignore
  return parsed.data;
}

const poolRange = (poolId: string) => [
  [poolId, Dexie.minKey],
  [poolId, Dexie.maxKey],
];

/** Peer pools and their records, and the benchmark selection of each assessment. */
export function createPeerRepository(db: AppDatabase) {
  const removePool = (poolId: string) =>
    guard(() =>
      db.transaction('rw', db.peerPools, db.peerSets, async () => {
        const [lower, upper] = poolRange(poolId);
        await db.peerSets.where('[poolId+setId]').between(lower, upper, true, true).delete();
        await db.peerPools.delete(poolId);
      }),
    );
  return {
    /** Pools whose import finished. */
    listPools: () =>
      guard(async () =>
        readRows(peerPoolRowSchema, await db.peerPools.orderBy('importedAt').toArray(), 'peer pool').filter(
          (p) => p.status === 'ready',
        ),
      ),

    /** Starts a pool: invisible ("importing") until `finishPool`, removed by `removeIncomplete` if never finished. */
    beginPool: (pool: PeerPoolRow) =>
      guard(async () => void (await db.peerPools.put(checked(peerPoolRowSchema, { ...pool, status: 'importing' }, 'peer pool')))), // prettier-ignore

    /** Writes records of a pool being imported, as sets (validated first). */
    putRecords: (records: readonly PeerRecord[], poolId: string, batch = 0) =>
      guard(async () => void (await db.peerSets.bulkPut(toPeerSets(records, poolId, undefined, batch).map((r) => checked(peerSetSchema, r, 'peer set'))))), // prettier-ignore

    /** Makes a pool visible; fails when its row is gone (removed meanwhile), so the import does not claim success. */
    finishPool: (poolId: string) =>
      guard(async () => {
        if ((await db.peerPools.update(poolId, { status: 'ready' })) === 0)
          throw new Error(`The pool ${poolId} was removed while it was being imported`);
      }),

    removePool,

    /** Pools left half-written by a cancelled or crashed import: their records are deleted. */
    removeIncomplete: () =>
      guard(async () => {
        const running = await runningImports();
        const stale = (await db.peerPools.toArray()).filter((p) => p.status !== 'ready' && !running.has(p.id));
        for (const p of stale) await removePool(p.id);
        return stale.length;
      }),

    /** The records of the given ready pools for the given questionnaires (any version). */
    loadRecords: (poolIds: readonly string[], questionnaireIds: readonly string[]) =>
      guard(async () => {
        const keys = poolIds.flatMap((p) => questionnaireIds.map((q) => [p, q]));
        if (keys.length === 0) return [];
        const rows = await db.peerSets.where('[poolId+questionnaireId]').anyOf(keys).toArray();
        return readRows(peerSetSchema, rows, 'peer set').flatMap(fromPeerSet);
      }),

    getSelection: (assessmentId: string, questionnaireId: string) =>
      guard(async () => {
        const row = await db.benchmarkSelections.get([assessmentId, questionnaireId]);
        return row === undefined ? undefined : readRows(benchmarkSelectionRowSchema, [row], 'benchmark selection')[0];
      }),

    putSelection: (row: BenchmarkSelectionRow) =>
      guard(async () => void (await db.benchmarkSelections.put(checked(benchmarkSelectionRowSchema, row, 'benchmark selection')))), // prettier-ignore
  };
}

export type PeerRepository = ReturnType<typeof createPeerRepository>;

/** Opens the database for a worker: peer pools only (no answer journal, no localStorage there). */
export async function openPeerStorage(name = DB_NAME): Promise<PeerRepository> {
  const db = new AppDatabase(name);
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  await guard(() => db.open());
  return createPeerRepository(db);
}

/** The name of the Web Lock an import of `poolId` holds while it runs, in whichever tab. */
export const importLockName = (poolId: string): string => `peer-import:${poolId}`;

/** Pools whose import is running now (their lock is held); empty where Web Locks do not exist. */
async function runningImports(): Promise<Set<string>> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return new Set();
  const { held = [] } = await locks.query();
  const prefix = importLockName('');
  return new Set(held.flatMap((l) => (l.name?.startsWith(prefix) ? [l.name.slice(prefix.length)] : [])));
}
