import type { Repositories } from '../storage';

let current: Repositories | undefined;

/** The app (or a test) hands the stores their repositories once storage is open. */
export function setRepositories(repositories: Repositories | undefined): void {
  current = repositories;
}

export function repositories(): Repositories {
  if (current === undefined) throw new Error('Storage is not open yet');
  return current;
}
