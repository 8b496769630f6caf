import { AppDatabase, DB_NAME } from './db';
import { StorageError, toStorageError } from './errors';
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
export type { RestoreMode, RestoreSummary } from './backup';
export type { ImportMode } from './assessment-transfer';
export type { StoredQuestionnaire } from './questionnaire-row';

export interface Storage {
  readonly repositories: Repositories;
  /** Called when another tab upgrades the database or it fails underneath us. */
  onProblem(listener: (error: StorageError) => void): void;
  close(): void;
}

/**
 * Opens the database; rejects with a StorageError the interface can explain. `onProblem` hears
 * problems from the start, e.g. an open blocked by another tab that keeps an older version open.
 */
export async function openStorage(name = DB_NAME, onProblem?: (error: StorageError) => void): Promise<Storage> {
  const db = new AppDatabase(name);
  const listeners = new Set<(error: StorageError) => void>(onProblem ? [onProblem] : []);
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

/**
 * Repositories for a browser that gave the app no database (IndexedDB missing, disabled or failing
 * to open): every read and write rejects with `error`, so screens say why, while an answer change
 * is still kept in the localStorage journal and written at the next start that has storage.
 */
export function unavailableRepositories(error: StorageError): Repositories {
  const fail = () => Promise.reject(error);
  const journal = createJournal(globalThis.localStorage);
  return {
    assessments: { list: fail, get: fail, put: fail, delete: fail, migrate: fail, duplicate: fail },
    answers: {
      listFor: fail,
      save: (answer) => {
        const failure = new StorageError(error.problem, error.message, { cause: error });
        failure.journaled = journal.record(answer);
        return Promise.reject(failure);
      },
      holdInJournal: (rows) => rows.every((row) => journal.record(row)),
      observe: (_id, _onRows, onError) => {
        onError(error);
        return () => undefined;
      },
      replayJournal: fail,
    },
    archive: { listFor: fail },
    settings: { get: fail, set: fail },
    questionnaires: { list: fail, add: fail },
    transfer: { exportAssessment: fail, exists: fail, importAssessment: fail },
    backup: { create: fail, validate: fail, restore: fail, changesSince: fail, firstCreatedAt: fail },
    peers: fail,
  };
}
