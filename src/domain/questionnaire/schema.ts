import { z } from 'zod';

/**
 * The questionnaire format. This zod schema is the single source of truth: TypeScript types are
 * inferred from it and `questionnaires/schema/questionnaire.schema.json` is generated from it
 * (`npm run schema`; a test fails when the committed file is stale).
 */

export const QUESTIONNAIRE_SCHEMA_VERSION = 1;

const text = (max = 4000) => z.string().trim().min(1, 'Expected non-empty text').max(max);

/** Stable identifiers: lower-case letters, digits and dashes/dots, starting with a letter. */
export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/, 'Expected an id of lower-case letters, digits, "-" or "."')
  .max(64);

export const semverSchema = z
  .string()
  .regex(
    /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/,
    'Expected a semantic version such as "1.0.0"',
  );

/** The 24 official EU languages, as ISO 639-1 codes. */
export const EU_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const; // prettier-ignore
export const languageSchema = z.enum(EU_LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Level values are small positive integers written as JSON object keys ("1" … "9"). */
const levelKeySchema = z.string().regex(/^[1-9]$/, 'Expected a level number from 1 to 9');

export const scaleSchema = z.strictObject({
  levels: z
    .array(
      z.strictObject({
        value: z.number().int().min(1).max(9),
        label: text(80),
        description: text(1000).optional(),
      }),
    )
    .min(2, 'Expected at least two levels')
    .max(9),
  allowNotApplicable: z.boolean(),
});

export const GROUP_KINDS = ['principle', 'element', 'model-part', 'mim', 'section'] as const;

export const groupSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(GROUP_KINDS),
  title: text(200),
  description: text().optional(),
  /** Id of the enclosing group, for nesting. */
  parent: idSchema.optional(),
  weight: z.number().positive().max(1000).default(1),
});

export const evidenceExampleSchema = text(500);

export const provenanceSchema = z.strictObject({
  /** Framework the item assesses, e.g. "EIF4SCC" or "MIMs Plus v5.0". */
  framework: text(100),
  /** The principle, element, model part or mechanism of that framework the item assesses. */
  assesses: text(200),
  /**
   * Official recommendation number of the framework, only where it has been verified against the
   * official text. Absent means "not bound to an official number".
   */
  officialRecommendation: z
    .strictObject({
      number: z.number().int().min(1).max(100),
      source: text(500),
    })
    .optional(),
  /** EIF 2017 (COM(2017) 134) recommendations the item derives from. */
  eif2017: z.array(z.number().int().min(1).max(47)).default([]),
  /** Related MIM requirement or capability ids, e.g. "MIM1 R1.1". */
  mims: z.array(text(60)).default([]),
  /** Standards and specifications involved, e.g. "NGSI-LD". */
  standards: z.array(text(120)).default([]),
  note: text(1000).optional(),
});

export const itemSchema = z.strictObject({
  id: idSchema,
  group: idSchema,
  weight: z.number().positive().max(1000).default(1),
  question: text(1000),
  why: text(2000),
  rubric: z.record(levelKeySchema, text(1500)),
  evidence: z.array(evidenceExampleSchema).max(10).default([]),
  provenance: provenanceSchema,
});

export const scoringSchema = z.strictObject({
  /** Score (0–100) of each level; by default level L of n scores (L−1)/(n−1) × 100. */
  levelScores: z.record(levelKeySchema, z.number().min(0).max(100)),
  /** Not applicable answers leave the denominator. */
  notApplicable: z.literal('exclude'),
  /** Group score: weighted mean of the answered applicable items (and sub-groups). */
  group: z.literal('weighted-mean'),
  /** Overall score: weighted mean of the top-level groups, or of all items. */
  overall: z.enum(['groups', 'items']),
});

/** Content translation of one questionnaire into one language, keyed by group and item id. */
export const contentTranslationSchema = z.strictObject({
  title: text(200).optional(),
  description: text().optional(),
  scale: z.record(levelKeySchema, z.strictObject({ label: text(80), description: text(1000).optional() })).optional(),
  groups: z.record(idSchema, z.strictObject({ title: text(200), description: text().optional() })).default({}),
  items: z
    .record(
      idSchema,
      z.strictObject({
        question: text(1000),
        why: text(2000),
        rubric: z.record(levelKeySchema, text(1500)),
        evidence: z.array(evidenceExampleSchema).max(10),
      }),
    )
    .default({}),
});

/** A content translation kept in its own file: questionnaires/<id>/i18n/<version>/<language>.json. */
export const translationFileSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(QUESTIONNAIRE_SCHEMA_VERSION),
  questionnaire: z.strictObject({ id: idSchema, version: semverSchema }),
  language: languageSchema,
  /** "project": translated by this project, to be reviewed; "official": published by the framework's authors. */
  translatedBy: z.enum(['project', 'official']),
  content: contentTranslationSchema,
});
export type TranslationFile = z.output<typeof translationFileSchema>;

export const questionnaireSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(QUESTIONNAIRE_SCHEMA_VERSION, {
    error: `Expected schemaVersion ${QUESTIONNAIRE_SCHEMA_VERSION}`,
  }),
  id: idSchema,
  version: semverSchema,
  /** Language of the source text. */
  language: languageSchema,
  title: text(200),
  description: text(),
  framework: z.strictObject({
    name: text(200),
    source: text(500),
    /** Only a web address: a `javascript:` or `data:` URL in a file is rejected. */
    url: z.url({ protocol: /^https?$/, error: 'Expected an http(s) address' }).optional(),
    /** How the wording relates to the official text. */
    wording: text(1000),
  }),
  released: z.iso.date().optional(),
  scale: scaleSchema,
  groups: z.array(groupSchema).min(1),
  items: z.array(itemSchema).min(1).max(2000),
  scoring: scoringSchema,
  /** Languages whose content was translated by the project (marked for reviewers). */
  projectTranslations: z.array(languageSchema).default([]),
  translations: z.partialRecord(languageSchema, contentTranslationSchema).default({}),
});

export type QuestionnaireInput = z.input<typeof questionnaireSchema>;
export type Questionnaire = z.output<typeof questionnaireSchema>;
export type QuestionnaireGroup = Questionnaire['groups'][number];
export type QuestionnaireItem = Questionnaire['items'][number];
export type Scale = Questionnaire['scale'];
export type ContentTranslation = z.output<typeof contentTranslationSchema>;
