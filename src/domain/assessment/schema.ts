import { z } from 'zod';
import { idSchema, semverSchema } from '../questionnaire/schema';
import { profileSchema } from './profile';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const questionnaireRefSchema = z.strictObject({ id: idSchema, version: semverSchema });
export type QuestionnaireRef = z.output<typeof questionnaireRefSchema>;

export const assessmentSchema = z.strictObject({
  id: z.string().min(1).max(100),
  profile: profileSchema,
  year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
  questionnaires: z
    .array(questionnaireRefSchema)
    .min(1, 'Expected at least one questionnaire')
    .refine((refs) => new Set(refs.map((r) => r.id)).size === refs.length, 'Each questionnaire can be included once'),
  status: z.enum(['in-progress', 'complete']),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Assessment = z.output<typeof assessmentSchema>;

export const evidenceLinkSchema = z.strictObject({
  label: z.string().trim().max(300).default(''),
  url: z.string().trim().max(2000),
});
export type EvidenceLink = z.output<typeof evidenceLinkSchema>;

/** "na" is "not applicable"; null is unanswered (a note or flag may still exist). */
export const answerValueSchema = z.union([z.number().int().min(1).max(9), z.literal('na'), z.null()]);
export type AnswerValue = z.output<typeof answerValueSchema>;

/** One answer: one row per assessment, questionnaire and item. */
export const answerSchema = z.strictObject({
  assessmentId: z.string().min(1).max(100),
  questionnaireId: idSchema,
  itemId: idSchema,
  value: answerValueSchema,
  note: z.string().max(20_000).default(''),
  evidence: z.array(evidenceLinkSchema).max(50).default([]),
  flagged: z.boolean().default(false),
  /** Marked in the improvement plan: the level aimed for and by when. Absent in rows written before it existed. */
  plan: z
    .strictObject({ targetLevel: z.number().int().min(1).max(9), year: z.number().int().min(MIN_YEAR).max(MAX_YEAR) })
    .nullable()
    .default(null),
  updatedAt: z.iso.datetime(),
});
export type Answer = z.output<typeof answerSchema>;
export type AnswerChange = Partial<Pick<Answer, 'value' | 'note' | 'evidence' | 'flagged' | 'plan'>>;

export const emptyAnswer = (
  assessmentId: string,
  questionnaireId: string,
  itemId: string,
  updatedAt: string,
): Answer => ({
  assessmentId,
  questionnaireId,
  itemId,
  value: null,
  note: '',
  evidence: [],
  flagged: false,
  plan: null,
  updatedAt,
});

/** An answer that holds nothing is the same as no row at all. */
export const isBlankAnswer = (a: Answer): boolean =>
  a.value === null && a.note === '' && a.evidence.length === 0 && !a.flagged && a.plan === null;
