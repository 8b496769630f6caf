import type { Assessment } from '../domain/assessment/schema';
import {
  checkQuestionnairesPresent,
  parseAssessmentFile,
  withNewId,
  type AssessmentFile,
} from '../domain/export/assessment-file';
import { fail, ok, type Result } from '../domain/validation/issues';
import type { ImportMode } from '../storage';
import { loadAssessments } from './assessments-store';
import { initialAnsweringState, useAnsweringStore } from './answering-store';
import { findQuestionnaire, loadLibrary, useLibraryStore } from './library-store';
import { repositories } from './repositories';

/** A file name from the city and year, safe on every file system. */
export function baseFileName(assessment: Pick<Assessment, 'profile' | 'year'>): string {
  const slug = assessment.profile.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'assessment'}-${assessment.year}`;
}

/** The whole assessment as re-importable JSON text. */
export async function exportAssessmentJson(assessmentId: string): Promise<{ fileName: string; text: string }> {
  const doc = await repositories().transfer.exportAssessment(assessmentId, new Date().toISOString());
  if (!doc) throw new Error(`No assessment ${assessmentId}`);
  return { fileName: `${baseFileName(doc.assessment)}.json`, text: `${JSON.stringify(doc, null, 2)}\n` };
}

export interface ReadImport {
  doc: AssessmentFile;
  /** The assessment on this device with the same id, if any: the user chooses replace or keep both. */
  clash: Assessment | undefined;
}

/** Parses and checks an assessment file against this device; writes nothing. */
export async function readAssessmentImport(fileName: string, text: string): Promise<Result<ReadImport>> {
  const parsed = parseAssessmentFile(text, fileName);
  if (!parsed.ok) return parsed;
  await loadLibrary();
  const library = useLibraryStore.getState();
  const issues = checkQuestionnairesPresent(parsed.value, (ref) => findQuestionnaire(library, ref), fileName);
  if (issues.length > 0) return fail(issues);
  const clash = await repositories().assessments.get(parsed.value.assessment.id);
  return ok({ doc: parsed.value, clash });
}

export type ImportChoice = 'add' | 'replace' | 'keep-both';

const MAX_NAME = 200;

/** Writes an imported assessment, all or nothing; "keep both" gives the copy a new id and a new name. */
export async function commitAssessmentImport(
  doc: AssessmentFile,
  choice: ImportChoice,
  copyName: (name: string) => string,
): Promise<Assessment> {
  let written = doc;
  let mode: ImportMode = choice === 'replace' ? 'replace' : 'add';
  if (choice === 'keep-both') {
    const name = copyName(doc.assessment.profile.name).slice(0, MAX_NAME);
    written = withNewId(doc, crypto.randomUUID(), name, new Date().toISOString());
    mode = 'add';
  }
  await repositories().transfer.importAssessment(written, mode);
  // A replaced assessment may be the one open on screen: it is read again when next opened.
  if (useAnsweringStore.getState().assessment?.id === written.assessment.id)
    useAnsweringStore.setState(initialAnsweringState);
  await loadAssessments();
  return written.assessment;
}
