import { z } from 'zod';
import { archivedAnswerSchema } from '../domain/assessment/archived';
import { answerSchema, assessmentSchema } from '../domain/assessment/schema';
import { questionnaireKey } from '../domain/questionnaire/load';
import { idSchema, questionnaireSchema, semverSchema } from '../domain/questionnaire/schema';
import { benchmarkSelectionRowSchema, peerPoolRowSchema, peerSetSchema } from './benchmark-rows';

export const settingRowSchema = z.strictObject({ key: z.string().min(1).max(200), value: z.json() });

export const questionnaireRowSchema = z
  .strictObject({
    key: z.string().min(1).max(200),
    id: idSchema,
    version: semverSchema,
    fileName: z.string().max(1000),
    loadedAt: z.iso.datetime(),
    document: questionnaireSchema,
  })
  .refine(
    (row) => row.key === questionnaireKey(row) && row.document.id === row.id && row.document.version === row.version,
    {
      message: 'Expected key, id and version to match the questionnaire document',
      path: ['key'],
    },
  );

/**
 * The row schema of every table of the database, by table name. Backup and restore go through every
 * table Dexie declares and refuse one without a schema here (a test checks none is missing), so a
 * table added later cannot be silently left out of backups.
 */
export const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  assessments: assessmentSchema,
  answers: answerSchema,
  settings: settingRowSchema,
  questionnaires: questionnaireRowSchema,
  archivedAnswers: archivedAnswerSchema,
  peerPools: peerPoolRowSchema,
  peerSets: peerSetSchema,
  benchmarkSelections: benchmarkSelectionRowSchema,
};
