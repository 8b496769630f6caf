/// <reference lib="webworker" />
// Peer pools off the main thread: parsing and writing imports in chunks (with progress and cancel),
// and statistics over pools of 100,000 peers kept ready in memory between peer-group changes.
import { comparePeers, preparePeers, type PreparedPeers } from '../domain/benchmark/comparison';
import { MAX_POOL_FILE_BYTES } from '../domain/benchmark/pool-parse';
import { createPoolImport } from '../domain/benchmark/pool-import';
import { checkFileSize } from '../domain/validation/issues';
import { importLockName, openPeerStorage, type PeerRepository } from '../storage/peer-repository';
import type { WorkerRequest, WorkerResponse } from './benchmark-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Records per write: whole sets of them (see peer-set.ts), a few transactions for 100,000. */
const WRITE_BATCH = 20_000;
const post = (message: WorkerResponse) => self.postMessage(message);
const cancelled = new Set<number>();
let storage: Promise<PeerRepository> | undefined;
const peers = () => (storage ??= openPeerStorage());
let prepared: { key: string; peers: PreparedPeers } | undefined;

/** Lets queued messages (a cancel) in between chunks of work. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class Cancelled extends Error {}

async function importPool(request: Extract<WorkerRequest, { kind: 'import' }>) {
  const { jobId, poolId, source, files } = request;
  const check = () => {
    if (cancelled.has(jobId)) throw new Cancelled();
  };
  const repo = await peers();
  let started = false;
  try {
    await repo.removeIncomplete();
    const im = createPoolImport(poolId);
    for (const { name, blob } of files) {
      post({ kind: 'progress', jobId, phase: 'reading', file: name, done: 0, total: 1 });
      // Refused by its size before it is read: a huge file must not fill the memory first.
      const size = checkFileSize(name, blob.size, MAX_POOL_FILE_BYTES);
      if (!size.ok) throw new Error(size.issues.map((i) => `${i.file}: ${i.message}`).join(' '));
      const text = await blob.text();
      check();
      await im.addText(text, name, async (done, total) => {
        post({ kind: 'progress', jobId, phase: 'checking', file: name, done, total });
        await yieldToMessages();
        check();
      });
    }
    const report = im.report();
    const records = im.records;
    if (records.length === 0) return post({ kind: 'imported', jobId, report, pool: null });
    const pool = {
      id: poolId,
      title: report.title ?? (files.length === 1 ? (files[0]?.name ?? source.label) : source.label),
      source,
      recordCount: records.length,
      syntheticCount: records.filter((r) => r.synthetic).length,
      questionnaires: [...new Set(records.map((r) => `${r.questionnaireId}@${r.questionnaireVersion}`))].sort(),
      importedAt: new Date().toISOString(),
      status: 'ready' as const,
    };
    // The pool stays invisible until its last record is written; a cancel deletes what was written.
    await repo.beginPool(pool);
    started = true;
    for (let i = 0; i < records.length; i += WRITE_BATCH) {
      check();
      await repo.putRecords(records.slice(i, i + WRITE_BATCH), poolId, i / WRITE_BATCH);
      post({ kind: 'progress', jobId, phase: 'writing', file: pool.title, done: Math.min(records.length, i + WRITE_BATCH), total: records.length }); // prettier-ignore
      await yieldToMessages();
    }
    check();
    await repo.finishPool(poolId);
    prepared = undefined;
    post({ kind: 'imported', jobId, report, pool });
  } catch (error) {
    if (started) await repo.removePool(poolId).catch(() => undefined);
    if (error instanceof Cancelled) post({ kind: 'cancelled', jobId });
    else post({ kind: 'import-failed', jobId, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(jobId);
  }
}

async function compare(request: Extract<WorkerRequest, { kind: 'compare' }>) {
  const { requestId, poolIds, questionnaire: q, migrations, city, group } = request;
  try {
    const key = JSON.stringify([[...poolIds].sort(), q.id, q.version, migrations.map((m) => m.from)]);
    if (prepared?.key !== key) {
      const ids = [q.id, ...migrations.map((m) => m.from.id)];
      const records = await (await peers()).loadRecords(poolIds, [...new Set(ids)]);
      prepared = { key, peers: preparePeers(records, q, migrations) };
    }
    post({ kind: 'compared', requestId, comparison: comparePeers(prepared.peers, q, city, group, poolIds) });
  } catch (error) {
    post({ kind: 'compare-failed', requestId, message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'cancel') cancelled.add(request.jobId);
  else if (request.kind === 'invalidate') prepared = undefined;
  // The lock tells every tab's clean-up of half-written pools that this one is still being written.
  else if (request.kind === 'import')
    void (navigator.locks
      ? navigator.locks.request(importLockName(request.poolId), () => importPool(request))
      : importPool(request));
  else void compare(request);
};
