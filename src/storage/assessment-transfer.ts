import { archivedAnswerSchema } from '../domain/assessment/archived';
import { answerSchema, assessmentSchema, isBlankAnswer } from '../domain/assessment/schema';
import { buildAssessmentFile, type AssessmentFile } from '../domain/export/assessment-file';
import type { AppDatabase } from './db';
import { StorageError } from './errors';

/** How an imported assessment is written: as a new one, or over the one with the same id. */
export type ImportMode = 'add' | 'replace';

/** Reading and writing whole assessments (exported JSON files), each in one transaction. */
export function createTransferRepository(db: AppDatabase) {
  return {
    /** The assessment with its answers and archived answers, every row validated, as an export file. */
    exportAssessment: (id: string, exportedAt: string): Promise<AssessmentFile | undefined> =>
      db.transaction('r', db.assessments, db.answers, db.archivedAnswers, async () => {
        const row = await db.assessments.get(id);
        if (row === undefined) return undefined;
        const assessment = assessmentSchema.parse(row);
        const answers = (await db.answers.where('assessmentId').equals(id).toArray()).map((a) => answerSchema.parse(a));
        const archived = (await db.archivedAnswers.where('assessmentId').equals(id).toArray()).map((a) =>
          archivedAnswerSchema.parse(a),
        );
        return buildAssessmentFile(assessment, answers, archived, exportedAt);
      }),

    exists: async (id: string): Promise<boolean> => (await db.assessments.get(id)) !== undefined,

    /**
     * Writes a parsed file, all or nothing. "add" fails (and writes nothing) if the id is taken;
     * "replace" removes the existing assessment's answers and archived answers first.
     */
    importAssessment: (doc: AssessmentFile, mode: ImportMode): Promise<void> =>
      db.transaction('rw', db.assessments, db.answers, db.archivedAnswers, async () => {
        const assessment = assessmentSchema.parse(doc.assessment);
        const answers = doc.answers.map((a) => answerSchema.parse(a)).filter((a) => !isBlankAnswer(a));
        const archived = doc.archivedAnswers.map((a) => archivedAnswerSchema.parse(a));
        if (mode === 'add' && (await db.assessments.get(assessment.id)) !== undefined)
          throw new StorageError('invalid-row', `An assessment with id ${assessment.id} already exists`);
        await db.answers.where('assessmentId').equals(assessment.id).delete();
        await db.archivedAnswers.where('assessmentId').equals(assessment.id).delete();
        await db.assessments.put(assessment);
        await db.answers.bulkAdd(answers);
        await db.archivedAnswers.bulkAdd(archived);
      }),
  };
}
