import { z } from 'zod';
import { archivedAnswerSchema } from '../assessment/archived';
import { answerSchema, assessmentSchema, type Answer, type Assessment } from '../assessment/schema';
import type { ArchivedAnswer } from '../assessment/archived';
import { fail, issuesFromZod, jsonPath, ok, type Result, type ValidationIssue } from '../validation/issues';
import { readUntrustedJson } from '../validation/json-guard';

/** Marks a file as one exported assessment; the version changes when the format does. */
export const ASSESSMENT_FILE_FORMAT = 'eif4scc-assessment';
export const ASSESSMENT_FILE_VERSION = 1;
/** An assessment is small (a few hundred answers); anything far larger is not one of ours. */
export const MAX_ASSESSMENT_FILE_CHARS = 20 * 1024 * 1024;

export const assessmentFileSchema = z.strictObject({
  format: z.literal(ASSESSMENT_FILE_FORMAT, { error: `Expected format "${ASSESSMENT_FILE_FORMAT}"` }),
  formatVersion: z.literal(ASSESSMENT_FILE_VERSION, {
    error: `Expected formatVersion ${ASSESSMENT_FILE_VERSION} (this app reads version ${ASSESSMENT_FILE_VERSION})`,
  }),
  exportedAt: z.iso.datetime(),
  /** Profile, questionnaire references (id + version), status and timestamps. */
  assessment: assessmentSchema,
  /** Answers with their notes, evidence links, flags and plan targets. */
  answers: z.array(answerSchema).max(100_000),
  archivedAnswers: z.array(archivedAnswerSchema).max(100_000),
});
export type AssessmentFile = z.output<typeof assessmentFileSchema>;

export function buildAssessmentFile(
  assessment: Assessment,
  answers: readonly Answer[],
  archivedAnswers: readonly ArchivedAnswer[],
  exportedAt: string,
): AssessmentFile {
  const order = (a: Answer, b: Answer) =>
    a.questionnaireId.localeCompare(b.questionnaireId) || a.itemId.localeCompare(b.itemId);
  return {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    exportedAt,
    assessment,
    answers: [...answers].sort(order),
    archivedAnswers: [...archivedAnswers].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Rules across fields: every row belongs to this assessment and its questionnaires, once. */
function checkConsistency(doc: AssessmentFile, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const id = doc.assessment.id;
  const included = new Set(doc.assessment.questionnaires.map((q) => q.id));
  const seen = new Set<string>();
  doc.answers.forEach((a, i) => {
    const at = (field: string) => jsonPath(['answers', i, field]);
    if (a.assessmentId !== id)
      issues.push({ file, path: at('assessmentId'), message: `Expected the assessment id "${id}"` });
    if (!included.has(a.questionnaireId))
      issues.push({
        file,
        path: at('questionnaireId'),
        message: `Questionnaire "${a.questionnaireId}" is not in the assessment`,
      });
    const key = `${a.questionnaireId}/${a.itemId}`;
    if (seen.has(key)) issues.push({ file, path: at('itemId'), message: `Duplicate answer for ${key}` });
    seen.add(key);
  });
  const archived = new Set<string>();
  doc.archivedAnswers.forEach((a, i) => {
    if (a.assessmentId !== id || a.answer.assessmentId !== id)
      issues.push({
        file,
        path: jsonPath(['archivedAnswers', i, 'assessmentId']),
        message: `Expected the assessment id "${id}"`,
      });
    if (archived.has(a.id))
      issues.push({ file, path: jsonPath(['archivedAnswers', i, 'id']), message: `Duplicate id "${a.id}"` });
    archived.add(a.id);
  });
  return issues.slice(0, 50);
}

/** Parses an exported assessment: size, JSON syntax, shape, then consistency. Nothing is trusted. */
export function parseAssessmentFile(textContent: string, file: string): Result<AssessmentFile> {
  const json = readUntrustedJson(textContent, file, MAX_ASSESSMENT_FILE_CHARS);
  if (!json.ok) return json;
  const parsed = assessmentFileSchema.safeParse(json.value);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, file));
  const issues = checkConsistency(parsed.data, file);
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}

/** The same assessment under a new id ("keep both"): every row follows the new id. */
export function withNewId(doc: AssessmentFile, id: string, name: string, now: string): AssessmentFile {
  return {
    ...doc,
    assessment: { ...doc.assessment, id, profile: { ...doc.assessment.profile, name }, updatedAt: now },
    answers: doc.answers.map((a) => ({ ...a, assessmentId: id })),
    archivedAnswers: doc.archivedAnswers.map((a) => ({
      ...a,
      id: `${id}/${a.id.slice(a.id.indexOf('/') + 1)}`,
      assessmentId: id,
      answer: { ...a.answer, assessmentId: id },
    })),
  };
}

/**
 * Checks the file against the questionnaires on this device: each referenced version must be
 * there (answers mean nothing without it), and each answer must name an item of it.
 */
export function checkQuestionnairesPresent(
  doc: AssessmentFile,
  find: (ref: { id: string; version: string }) => { items: readonly { id: string }[] } | undefined,
  file: string,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const items = new Map<string, Set<string>>();
  doc.assessment.questionnaires.forEach((ref, i) => {
    const q = find(ref);
    if (!q)
      issues.push({
        file,
        path: jsonPath(['assessment', 'questionnaires', i]),
        message: `Questionnaire ${ref.id} version ${ref.version} is not on this device: load that questionnaire file on the Questionnaires page first`,
      });
    else items.set(ref.id, new Set(q.items.map((it) => it.id)));
  });
  doc.answers.forEach((a, i) => {
    const known = items.get(a.questionnaireId);
    if (known && !known.has(a.itemId))
      issues.push({
        file,
        path: jsonPath(['answers', i, 'itemId']),
        message: `No question "${a.itemId}" in ${a.questionnaireId}`,
      });
  });
  return issues.slice(0, 50);
}
