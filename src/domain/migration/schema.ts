import { z } from 'zod';
import { idSchema, semverSchema } from '../questionnaire/schema';

export const MIGRATION_SCHEMA_VERSION = 1;

const levelMapSchema = z.record(z.string().regex(/^[1-9]$/), z.number().int().min(1).max(9));

/** What happens to the answers of one or more items when an assessment moves to the new version. */
export const migrationRuleSchema = z.discriminatedUnion('kind', [
  /** The answer moves to `to` (the same or a renamed item), its level translated by `levelMap`. */
  z.strictObject({ kind: z.literal('carry'), from: idSchema, to: idSchema, levelMap: levelMapSchema.optional(), note: z.string().max(1000).optional() }),
  /** Several items become one; the new level is combined from theirs. */
  z.strictObject({ kind: z.literal('merge'), from: z.array(idSchema).min(2), to: idSchema, combine: z.enum(['min', 'max', 'mean']), note: z.string().max(1000).optional() }),
  /** One item becomes several; each receives the old answer. */
  z.strictObject({ kind: z.literal('split'), from: idSchema, to: z.array(idSchema).min(2), note: z.string().max(1000).optional() }),
  /** The item has no successor; its answer is archived with the assessment. */
  z.strictObject({ kind: z.literal('remove'), from: idSchema, reason: z.string().min(1).max(1000) }),
  /** A new item that needs answering. */
  z.strictObject({ kind: z.literal('new'), to: idSchema }),
]); // prettier-ignore

export const migrationSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(MIGRATION_SCHEMA_VERSION),
  questionnaire: z.strictObject({ from: idSchema, to: idSchema }),
  from: semverSchema,
  to: semverSchema,
  description: z.string().min(1).max(4000),
  /** Items with the same id in both versions and no rule of their own are carried unchanged. */
  carryUnchanged: z.boolean().default(false),
  rules: z.array(migrationRuleSchema),
});

export type MigrationInput = z.input<typeof migrationSchema>;
export type Migration = z.output<typeof migrationSchema>;
export type MigrationRule = z.output<typeof migrationRuleSchema>;
