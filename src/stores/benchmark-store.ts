import { create } from 'zustand';
import type { CityScores, PeerComparison } from '../domain/benchmark/comparison';
import { defaultPeerGroup, type PeerGroup } from '../domain/benchmark/peer-group';
import type { ImportReport } from '../domain/benchmark/pool-import';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { PeerPoolRow } from '../storage';

export type { PeerPoolRow };
import type { ImportPhase, PoolSource } from '../workers/benchmark-protocol';
import { listen, nextRequestId, send } from './benchmark-client';
import { invalidatePeers, isSyntheticPool, runComparison } from './peer-comparison';
import { repositories } from './repositories';

export interface ImportJob {
  readonly jobId: number;
  readonly phase: ImportPhase;
  readonly file: string;
  readonly done: number;
  readonly total: number;
}

export type ImportOutcome =
  | { kind: 'imported'; report: ImportReport; pool: PeerPoolRow | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export interface BenchmarkState {
  pools: PeerPoolRow[];
  poolsStatus: 'idle' | 'loading' | 'ready' | 'error';
  job: ImportJob | null;
  outcome: ImportOutcome | null;
  /** The pools and peer group of the open assessment and questionnaire. */
  selection: { assessmentId: string; questionnaireId: string; poolIds: string[]; group: PeerGroup } | null;
  comparison: PeerComparison | null;
  comparing: boolean;
  compareError: string | null;
}

export const initialBenchmarkState: BenchmarkState = {
  pools: [],
  poolsStatus: 'idle',
  job: null,
  outcome: null,
  selection: null,
  comparison: null,
  comparing: false,
  compareError: null,
};

export const useBenchmarkStore = create<BenchmarkState>()(() => initialBenchmarkState);

export async function loadPools(): Promise<void> {
  useBenchmarkStore.setState({ poolsStatus: 'loading' });
  try {
    useBenchmarkStore.setState({ pools: await (await repositories().peers()).listPools(), poolsStatus: 'ready' });
  } catch (error) {
    useBenchmarkStore.setState({ poolsStatus: 'error' });
    throw error;
  }
}

/** Pools that can join the selection: synthetic and real peers are never mixed. */
export function selectableWith(
  pools: readonly PeerPoolRow[],
  selectedIds: readonly string[],
  pool: PeerPoolRow,
): boolean {
  const selected = pools.filter((p) => selectedIds.includes(p.id) && p.id !== pool.id);
  return selected.every((p) => isSyntheticPool(p) === isSyntheticPool(pool));
}

/** Imports files (or one fetched pool) in the worker; resolves when it is stored, cancelled or failed. */
export function importPool(files: { name: string; blob: Blob }[], source: PoolSource): Promise<ImportOutcome> {
  const jobId = nextRequestId();
  useBenchmarkStore.setState({ job: { jobId, phase: 'reading', file: files[0]?.name ?? '', done: 0, total: 1 }, outcome: null }); // prettier-ignore
  return new Promise((resolve) => {
    const stop = listen((m) => {
      if (m.kind !== 'worker-failed' && (!('jobId' in m) || m.jobId !== jobId)) return;
      if (m.kind === 'progress') {
        useBenchmarkStore.setState({ job: { jobId, phase: m.phase, file: m.file, done: m.done, total: m.total } });
        return;
      }
      stop();
      const outcome: ImportOutcome =
        m.kind === 'imported'
          ? { kind: 'imported', report: m.report, pool: m.pool }
          : m.kind === 'cancelled'
            ? { kind: 'cancelled' }
            : { kind: 'failed', message: m.message };
      useBenchmarkStore.setState({ job: null, outcome });
      void loadPools().then(() => {
        if (outcome.kind === 'imported' && outcome.pool) adoptPool(outcome.pool);
      });
      resolve(outcome);
    });
    send({ kind: 'import', jobId, poolId: crypto.randomUUID(), source, files });
  });
}

/** A new pool joins the open selection when it can without mixing synthetic and real peers; otherwise it waits. */
function adoptPool(pool: PeerPoolRow): void {
  const { selection, pools } = useBenchmarkStore.getState();
  if (!selection) return;
  if (selectableWith(pools, selection.poolIds, pool)) void setSelection({ ...selection, poolIds: [...selection.poolIds, pool.id] }); // prettier-ignore
}

export function cancelImport(): void {
  const { job } = useBenchmarkStore.getState();
  if (job) send({ kind: 'cancel', jobId: job.jobId });
}

/** Fetches a published pool (the only network use of the app) and imports it for offline use. */
export async function importFromUrl(url: string, kind: 'url' | 'demo'): Promise<ImportOutcome> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    const outcome: ImportOutcome = { kind: 'failed', message: `${url}: ${error instanceof Error ? error.message : String(error)}` }; // prettier-ignore
    useBenchmarkStore.setState({ outcome });
    return outcome;
  }
  if (!response.ok) {
    const outcome: ImportOutcome = { kind: 'failed', message: `${url}: HTTP ${response.status}` };
    useBenchmarkStore.setState({ outcome });
    return outcome;
  }
  const name = new URL(url, location.href).pathname.split('/').pop() || url;
  return importPool([{ name, blob: await response.blob() }], { kind, label: url });
}

export async function removePool(poolId: string): Promise<void> {
  await (await repositories().peers()).removePool(poolId);
  invalidatePeers();
  const { selection } = useBenchmarkStore.getState();
  await loadPools();
  if (selection?.poolIds.includes(poolId)) await setSelection({ ...selection, poolIds: selection.poolIds.filter((id) => id !== poolId) }); // prettier-ignore
}

/** Restores the saved pools and peer group of an assessment's questionnaire (defaults when none). */
export async function openSelection(assessmentId: string, questionnaireId: string): Promise<void> {
  const saved = await (await repositories().peers()).getSelection(assessmentId, questionnaireId);
  useBenchmarkStore.setState({
    selection: {
      assessmentId,
      questionnaireId,
      poolIds: saved?.poolIds ?? [],
      group: saved?.group ?? defaultPeerGroup,
    },
    comparison: null,
    compareError: null,
  });
}

export async function setSelection(selection: NonNullable<BenchmarkState['selection']>): Promise<void> {
  useBenchmarkStore.setState({ selection });
  await (await repositories().peers()).putSelection({ ...selection, updatedAt: new Date().toISOString() });
}

let latest = 0;

/** Recomputes the statistics; only the answer to the latest request is shown. */
export async function refreshComparison(questionnaire: Questionnaire, city: CityScores): Promise<void> {
  const { selection, pools } = useBenchmarkStore.getState();
  const poolIds = (selection?.poolIds ?? []).filter((id) => pools.some((p) => p.id === id));
  if (!selection || poolIds.length === 0) {
    useBenchmarkStore.setState({ comparison: null, comparing: false });
    return;
  }
  const mine = ++latest;
  useBenchmarkStore.setState({ comparing: true, compareError: null });
  try {
    const comparison = await runComparison(poolIds, questionnaire, city, selection.group);
    if (mine === latest) useBenchmarkStore.setState({ comparison, comparing: false });
  } catch (error) {
    if (mine === latest) useBenchmarkStore.setState({ comparing: false, compareError: error instanceof Error ? error.message : String(error) }); // prettier-ignore
  }
}
