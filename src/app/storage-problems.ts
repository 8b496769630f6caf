import { create } from 'zustand';
import type { StorageError } from '../storage';

/** The latest storage problem that concerns the whole app (e.g. another tab upgraded the database). */
export const useStorageProblem = create<{ problem: StorageError['problem'] | undefined }>()(() => ({
  problem: undefined,
}));

export function reportStorageProblem(error: StorageError): void {
  useStorageProblem.setState({ problem: error.problem });
}
