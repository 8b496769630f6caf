import { StorageError, type Repositories, type StorageProblem } from '../storage';

let current: Repositories | undefined;

/** The app (or a test) hands the stores their repositories once storage is open. */
export function setRepositories(repositories: Repositories | undefined): void {
  current = repositories;
}

export function repositories(): Repositories {
  if (current === undefined) throw new Error('Storage is not open yet');
  return current;
}

export type { StorageProblem };

/** The storage problem behind a failed action, for screens to explain it. */
export function problemOf(error: unknown): StorageProblem {
  return error instanceof StorageError ? error.problem : 'failed';
}
