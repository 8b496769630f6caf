import { z } from 'zod';
import { idSchema, semverSchema } from '../questionnaire/schema';
import { answerSchema } from './schema';

/** An answer kept after a questionnaire migration left its item without a successor. */
export const archivedAnswerSchema = z.strictObject({
  id: z.string().min(1).max(400),
  assessmentId: z.string().min(1).max(100),
  questionnaireId: idSchema,
  questionnaireVersion: semverSchema,
  itemId: idSchema,
  reason: z.string().max(2000),
  archivedAt: z.iso.datetime(),
  answer: answerSchema,
});
export type ArchivedAnswer = z.output<typeof archivedAnswerSchema>;
