import type { DeclaredMigration } from '../domain/benchmark/align';
import type { CityScores, PeerComparison } from '../domain/benchmark/comparison';
import type { PeerGroup } from '../domain/benchmark/peer-group';
import type { ImportReport } from '../domain/benchmark/pool-import';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { PeerPoolRow } from '../storage/benchmark-rows';

export type PoolSource = PeerPoolRow['source'];

/** Messages to the benchmark worker. */
export type WorkerRequest =
  | { kind: 'import'; jobId: number; poolId: string; source: PoolSource; files: { name: string; blob: Blob }[] }
  | { kind: 'cancel'; jobId: number }
  | {
      kind: 'compare';
      requestId: number;
      poolIds: string[];
      questionnaire: Questionnaire;
      migrations: DeclaredMigration[];
      city: CityScores;
      group: PeerGroup;
    }
  /** Pools changed: forget the peers kept in memory. */
  | { kind: 'invalidate' };

export type ImportPhase = 'reading' | 'checking' | 'writing';

/** Messages from the benchmark worker. */
export type WorkerResponse =
  | { kind: 'progress'; jobId: number; phase: ImportPhase; file: string; done: number; total: number }
  | { kind: 'imported'; jobId: number; report: ImportReport; pool: PeerPoolRow | null }
  | { kind: 'cancelled'; jobId: number }
  | { kind: 'import-failed'; jobId: number; message: string }
  | { kind: 'compared'; requestId: number; comparison: PeerComparison }
  | { kind: 'compare-failed'; requestId: number; message: string }
  /** Sent by the client itself when the worker fails: every pending request ends with it. */
  | { kind: 'worker-failed'; message: string };
