import type { WorkerRequest, WorkerResponse } from '../workers/benchmark-protocol';

type Listener = (message: WorkerResponse) => void;

let worker: Worker | undefined;
const listeners = new Set<Listener>();

/** The one benchmark worker, started on first use (Vite bundles it as its own chunk). */
function instance(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../workers/benchmark.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      for (const listener of listeners) listener(event.data);
    };
    // A worker that fails (out of memory, script not loaded) must not leave the screen waiting for ever.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      for (const listener of listeners)
        listener({ kind: 'worker-failed', message: event.message || 'The worker stopped' });
    };
  }
  return worker;
}

export const workersAvailable = (): boolean => typeof Worker !== 'undefined';

export function send(request: WorkerRequest): void {
  instance().postMessage(request);
}

export function listen(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

let nextId = 1;
export const nextRequestId = (): number => nextId++;

/** Sends a request and resolves with the first answer that `match` accepts. */
export function ask<T>(request: WorkerRequest, match: (message: WorkerResponse) => T | undefined): Promise<T> {
  return new Promise<T>((resolve) => {
    const stop = listen((message) => {
      const value = match(message);
      if (value !== undefined) {
        stop();
        resolve(value);
      }
    });
    send(request);
  });
}
