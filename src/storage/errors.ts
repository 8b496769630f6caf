export type StorageProblem = 'quota' | 'unavailable' | 'blocked' | 'upgraded-elsewhere' | 'invalid-row' | 'failed';

/** A storage failure the interface can explain to the user. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }

  /** For a failed answer save: whether the change is held in the localStorage journal, to be written later. */
  journaled = false;
}

/** Maps what IndexedDB or Dexie threw to a problem the user can act on. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageError('quota', 'The browser has no room left to store data', { cause: error });
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError') {
    return new StorageError('unavailable', `Browser storage is not available: ${message}`, { cause: error });
  }
  if (name === 'BlockedError') {
    return new StorageError('blocked', 'Another tab keeps an older version of the database open', { cause: error });
  }
  if (name === 'DatabaseClosedError' || name === 'VersionChangeError') {
    return new StorageError('upgraded-elsewhere', 'The database was upgraded in another tab', { cause: error });
  }
  return new StorageError('failed', message, { cause: error });
}
