import { liveQuery } from 'dexie';
import type { z } from 'zod';
import {
  answerSchema,
  assessmentSchema,
  isBlankAnswer,
  type Answer,
  type Assessment,
} from '../domain/assessment/schema';
import { questionnaireKey, loadQuestionnaire } from '../domain/questionnaire/load';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { BackupFile } from '../domain/export/backup-file';
import type { AssessmentFile } from '../domain/export/assessment-file';
import type { ImportMode } from './assessment-transfer';
import type { RestoreMode } from './backup';
import type { AppDatabase, AnswerKey, ArchivedAnswerRow } from './db';
import { StorageError, toStorageError } from './errors';
import { createJournal, type Journal } from './journal';
import type { PeerRepository } from './peer-repository';
import type { StoredQuestionnaire } from './questionnaire-row';

/** Validates a row before it is written: nothing malformed ever reaches the database. */
function validRow<S extends z.ZodType>(schema: S, row: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    throw new StorageError(
      'invalid-row',
      `Refused to store an invalid ${what}: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/** Rows read back are validated too; a bad row is reported and skipped, never crashes the app. */
function validRows<S extends z.ZodType>(schema: S, rows: unknown[], what: string): z.output<S>[] {
  const good: z.output<S>[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) good.push(parsed.data);
    else console.warn(`Skipped an unreadable ${what} row`, parsed.error.issues);
  }
  return good;
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

export function createRepositories(db: AppDatabase, journal: Journal = createJournal(undefined)) {
  const assessments = {
    list: () => guard(async () => validRows(assessmentSchema, await db.assessments.toArray(), 'assessment')),

    get: (id: string) =>
      guard(async () => {
        const row = await db.assessments.get(id);
        return row === undefined ? undefined : validRows(assessmentSchema, [row], 'assessment')[0];
      }),

    put: (assessment: Assessment) =>
      guard(async () => void (await db.assessments.put(validRow(assessmentSchema, assessment, 'assessment')))),

    /** Deletes an assessment with all its answers and archived answers, in one transaction. */
    delete: (id: string) =>
      guard(() =>
        db.transaction('rw', db.assessments, db.answers, db.archivedAnswers, db.benchmarkSelections, async () => {
          await db.answers.where('assessmentId').equals(id).delete();
          await db.benchmarkSelections.where('assessmentId').equals(id).delete();
          await db.archivedAnswers.where('assessmentId').equals(id).delete();
          await db.assessments.delete(id);
        }),
      ),

    /**
     * Moves one questionnaire of an assessment to another version, all or nothing: the old answers
     * are replaced by the migrated ones, the archived ones are kept, the reference is updated.
     */
    migrate: (assessment: Assessment, fromId: string, answers: Answer[], archived: Omit<ArchivedAnswerRow, 'id'>[]) =>
      guard(() =>
        db.transaction('rw', db.assessments, db.answers, db.archivedAnswers, async () => {
          const row = validRow(assessmentSchema, assessment, 'assessment');
          const rows = answers.map((a) => validRow(answerSchema, a, 'answer'));
          const kept = archived.map((a) => ({
            ...a,
            id: `${a.assessmentId}/${a.questionnaireId}@${a.questionnaireVersion}/${a.itemId}`,
            answer: validRow(answerSchema, a.answer, 'answer'),
          }));
          await db.answers.where('[assessmentId+questionnaireId]').equals([row.id, fromId]).delete();
          await db.answers.bulkPut(rows.filter((a) => !isBlankAnswer(a)));
          await db.archivedAnswers.bulkPut(kept);
          await db.assessments.put(row);
        }),
      ),

    /** Creates `copy` with the answers of `sourceId`, all or nothing. */
    duplicate: (sourceId: string, copy: Assessment) =>
      guard(() =>
        db.transaction('rw', db.assessments, db.answers, async () => {
          const row = validRow(assessmentSchema, copy, 'assessment');
          const included = new Set(row.questionnaires.map((q) => q.id));
          const answers = await db.answers.where('assessmentId').equals(sourceId).toArray();
          await db.assessments.add(row);
          await db.answers.bulkAdd(
            answers
              .filter((a) => included.has(a.questionnaireId))
              .map((a) => validRow(answerSchema, { ...a, assessmentId: row.id, updatedAt: row.createdAt }, 'answer')),
          );
        }),
      ),
  };

  const answers = {
    listFor: (assessmentId: string) =>
      guard(async () =>
        validRows(answerSchema, await db.answers.where('assessmentId').equals(assessmentId).toArray(), 'answer'),
      ),

    /**
     * Writes one answer and touches its assessment; a blank answer removes the row. The write is
     * skipped when the database already holds a newer write of the item (another tab changed it
     * later, or in the same millisecond and committed first), so every tab ends with one answer. A
     * failed write stays in the journal. Resolves with the stored answer that won when the write was
     * skipped, and with undefined when this answer was written.
     */
    save: async (answer: Answer): Promise<Answer | undefined> => {
      const row = validRow(answerSchema, answer, 'answer');
      const journaled = journal.record(row);
      let kept: Answer | undefined;
      try {
        kept = await db.transaction('rw', db.answers, db.assessments, async () => {
          const key: AnswerKey = [row.assessmentId, row.questionnaireId, row.itemId];
          const stored = await db.answers.get(key);
          if (stored && stored.updatedAt >= row.updatedAt) {
            const same = JSON.stringify(validRow(answerSchema, stored, 'answer')) === JSON.stringify(row);
            return same ? undefined : validRow(answerSchema, stored, 'answer');
          }
          if (isBlankAnswer(row)) await db.answers.delete(key);
          else await db.answers.put(row);
          await db.assessments.update(row.assessmentId, { updatedAt: row.updatedAt });
          return undefined;
        });
      } catch (error) {
        const failure = toStorageError(error);
        failure.journaled = journaled;
        throw failure;
      }
      journal.committed(row);
      return kept;
    },

    /** Writes answers not yet committed to the journal again (the page is being hidden or closed). */
    holdInJournal: (rows: readonly Answer[]) => rows.every((row) => journal.record(row)),

    /**
     * Calls `onRows` with the stored answers of an assessment now and after every change, also
     * changes made by other tabs (Dexie propagates them across tabs of the origin). Returns the unsubscribe.
     */
    observe: (assessmentId: string, onRows: (rows: Answer[]) => void, onError: (error: StorageError) => void) => {
      const subscription = liveQuery(() => db.answers.where('assessmentId').equals(assessmentId).toArray()).subscribe({
        next: (rows) => onRows(validRows(answerSchema, rows, 'answer')),
        error: (error: unknown) => onError(toStorageError(error)),
      });
      return () => subscription.unsubscribe();
    },

    /**
     * Writes the journaled answers a closed or crashed tab left uncommitted, unless IndexedDB
     * already holds a newer write of the same item. Returns how many were restored.
     */
    replayJournal: () =>
      guard(async () => {
        let restored = 0;
        for (const row of journal.pending()) {
          await db.transaction('rw', db.answers, db.assessments, async () => {
            const stored = await db.answers.get([row.assessmentId, row.questionnaireId, row.itemId]);
            const assessment = await db.assessments.get(row.assessmentId);
            if (!assessment || (stored && stored.updatedAt >= row.updatedAt)) return;
            if (!stored && isBlankAnswer(row)) return;
            if (isBlankAnswer(row)) await db.answers.delete([row.assessmentId, row.questionnaireId, row.itemId]);
            else await db.answers.put(row);
            if (assessment.updatedAt < row.updatedAt)
              await db.assessments.update(row.assessmentId, { updatedAt: row.updatedAt });
            restored += 1;
          });
          journal.committed(row);
        }
        return restored;
      }),
  };

  const archive = {
    listFor: (assessmentId: string) =>
      guard(async () => {
        const rows = await db.archivedAnswers.where('assessmentId').equals(assessmentId).toArray();
        return rows.flatMap((row) => {
          const answer = answerSchema.safeParse(row.answer);
          return answer.success ? [{ ...row, answer: answer.data }] : [];
        });
      }),
  };

  const settings = {
    get: (key: string) => guard(async () => (await db.settings.get(key))?.value),
    set: (key: string, value: unknown) => guard(async () => void (await db.settings.put({ key, value }))),
  };

  const questionnaires = {
    list: () =>
      guard(async () => {
        const rows = await db.questionnaires.toArray();
        // The stored document is re-validated: the format rules may have tightened since it was loaded.
        return rows.flatMap((row) => {
          const loaded = loadQuestionnaire(row.document, row.fileName);
          return loaded.ok ? [{ ...row, document: loaded.value }] : [];
        });
      }),
    add: (document: Questionnaire, fileName: string, loadedAt: string) =>
      guard(async () => {
        const row: StoredQuestionnaire = {
          key: questionnaireKey(document),
          id: document.id,
          version: document.version,
          fileName,
          loadedAt,
          document,
        };
        await db.questionnaires.add(row);
        return row;
      }),
  };

  // Whole-assessment files and backups load on first use: they stay out of the first load.
  const transferModule = () => import('./assessment-transfer').then((m) => m.createTransferRepository(db));
  const transfer = {
    exportAssessment: (id: string, exportedAt: string) =>
      guard(async () => (await transferModule()).exportAssessment(id, exportedAt)),
    exists: (id: string) => guard(async () => (await transferModule()).exists(id)),
    importAssessment: (doc: AssessmentFile, mode: ImportMode) =>
      guard(async () => (await transferModule()).importAssessment(doc, mode)),
  };

  const backup = {
    create: (createdAt: string) => guard(async () => (await import('./backup')).createBackup(db, createdAt)),
    /** Issues with the rows of a parsed backup; empty when every row of every table is valid. */
    validate: async (file: BackupFile, fileName: string) =>
      (await import('./backup')).validateBackupRows(db, file, fileName),
    restore: (file: BackupFile, mode: RestoreMode) =>
      guard(async () => (await import('./backup')).restoreBackup(db, file, mode)),
    /** Answers changed after `since` (all answers when undefined): what a backup reminder counts. */
    changesSince: (since: string | undefined) =>
      guard(() => (since === undefined ? db.answers.count() : db.answers.filter((a) => a.updatedAt > since).count())),
    /** When the first assessment on the device was created, if any. */
    firstCreatedAt: () =>
      guard(async () => {
        const all = await db.assessments.toArray();
        return all.map((a) => a.createdAt).sort()[0];
      }),
  };

  // Peer pools load with the benchmark screen, not with the first screen (their schemas are not small).
  let peerRepository: Promise<PeerRepository> | undefined;
  const peers = (): Promise<PeerRepository> =>
    (peerRepository ??= import('./peer-repository').then((m) => m.createPeerRepository(db)));

  return { assessments, answers, archive, settings, questionnaires, transfer, backup, peers };
}

export type Repositories = ReturnType<typeof createRepositories>;
