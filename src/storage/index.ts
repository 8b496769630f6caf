import { AppDatabase, DB_NAME } from './db';
import { toStorageError, type StorageError } from './errors';
import { createJournal } from './journal';
import { createRepositories, type Repositories } from './repositories';

export {
  bundledMigrations,
  bundledQuestionnaireFiles,
  bundledTranslation,
  bundledTranslationLanguages,
  type BundledMigration,
} from './bundled-questionnaires';
export type { ArchivedAnswerRow } from './db';
// Row schemas of the peer tables: import them from './benchmark-rows' (kept out of the first load).
export type { BenchmarkSelectionRow, PeerPoolRow } from './benchmark-rows';
export type { PeerRepository } from './peer-repository';
export { requestPersistence, storageEstimate, type Persistence } from './persistence';
export { StorageError, type StorageProblem } from './errors';
export type { Repositories } from './repositories';
export type { StoredQuestionnaire } from './questionnaire-row';

export interface Storage {
  readonly repositories: Repositories;
  /** Called when another tab upgrades the database or it fails underneath us. */
  onProblem(listener: (error: StorageError) => void): void;
  close(): void;
}

/** Opens the database; rejects with a StorageError the interface can explain. */
export async function openStorage(name = DB_NAME): Promise<Storage> {
  const db = new AppDatabase(name);
  const listeners = new Set<(error: StorageError) => void>();
  db.on('versionchange', () => {
    // Another tab opened a newer version: close so it can upgrade, and tell the user to reload.
    db.close();
    const error = toStorageError(Object.assign(new Error('upgraded elsewhere'), { name: 'VersionChangeError' }));
    for (const listener of listeners) listener(error);
    return false;
  });
  // Another tab still holds an older version open and does not close it: tell the user which tab to close.
  db.on('blocked', () => {
    const error = toStorageError(Object.assign(new Error('blocked by another tab'), { name: 'BlockedError' }));
    for (const listener of listeners) listener(error);
  });
  try {
    await db.open();
  } catch (error) {
    throw toStorageError(error);
  }
  const repositories = createRepositories(db, createJournal(globalThis.localStorage));
  // What a closed or crashed tab wrote to the journal but not yet to IndexedDB is written now.
  await repositories.answers.replayJournal().catch((error: unknown) => console.warn('Journal replay failed', error));
  return {
    repositories,
    onProblem: (listener) => void listeners.add(listener),
    close: () => db.close(),
  };
}
