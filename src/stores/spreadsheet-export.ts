import type { Language, Questionnaire } from '../domain/questionnaire/schema';
import { toCsv } from '../domain/export/csv';
import {
  ANSWER_COLUMNS,
  SCORE_COLUMNS,
  answerRows,
  profileRows,
  scoreRows,
  type AnswerColumn,
  type Cell,
  type ProfileField,
  type ScoreColumn,
  type SheetInput,
} from '../domain/export/sheet-rows';
import { baseFileName } from './assessment-files';
import { loadLibrary, loadTranslations, selectLocalised, useLibraryStore } from './library-store';
import { repositories } from './repositories';

/** Translated headers and labels, given by the screen (stores do not translate). */
export interface SheetLabels {
  answerColumns: Record<AnswerColumn, string>;
  scoreColumns: Record<ScoreColumn, string>;
  profileFields: Record<ProfileField, string>;
  field: string;
  value: string;
  overall: string;
  sheets: { answers: string; scores: string; profile: string };
}

/** The assessment with its questionnaires in `language` and its answers, read fresh from storage. */
export async function sheetInput(assessmentId: string, language: Language): Promise<SheetInput> {
  const assessment = await repositories().assessments.get(assessmentId);
  if (!assessment) throw new Error(`No assessment ${assessmentId}`);
  await loadLibrary();
  await loadTranslations(language);
  const library = useLibraryStore.getState();
  const questionnaires = assessment.questionnaires.flatMap((ref): Questionnaire[] => {
    const q = selectLocalised(library, ref, language);
    return q ? [q] : [];
  });
  const answers = await repositories().answers.listFor(assessmentId);
  return { assessment, questionnaires, answers };
}

export function sheetTables(input: SheetInput, labels: SheetLabels) {
  return {
    answers: [ANSWER_COLUMNS.map((c) => labels.answerColumns[c]), ...answerRows(input)],
    scores: [SCORE_COLUMNS.map((c) => labels.scoreColumns[c]), ...scoreRows(input, labels.overall)],
    profile: [
      [labels.field, labels.value],
      ...profileRows(input.assessment).map(([f, v]): Cell[] => [labels.profileFields[f], v]),
    ],
  };
}

export function csvFiles(input: SheetInput, labels: SheetLabels) {
  const tables = sheetTables(input, labels);
  const base = baseFileName(input.assessment);
  return {
    answers: { fileName: `${base}-answers.csv`, text: toCsv(tables.answers) },
    // Scores first, then the profile after an empty line: one file a spreadsheet opens directly.
    scores: { fileName: `${base}-scores.csv`, text: toCsv([...tables.scores, [], ...tables.profile]) },
  };
}

/** The .xlsx workbook (answers, scores, profile); SheetJS is loaded only now, never in the first load. */
export async function xlsxFile(
  input: SheetInput,
  labels: SheetLabels,
): Promise<{ fileName: string; data: Uint8Array<ArrayBuffer> }> {
  const XLSX = await import('xlsx');
  const tables = sheetTables(input, labels);
  const book = XLSX.utils.book_new();
  const add = (rows: Cell[][], name: string) =>
    // Cells are values, never formulas: strings stay strings (and are guarded against formula starts).
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  add(tables.answers, labels.sheets.answers);
  add(tables.scores, labels.sheets.scores);
  add(tables.profile, labels.sheets.profile);
  book.Props = { Title: `${input.assessment.profile.name} ${input.assessment.year}` };
  const data = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return { fileName: `${baseFileName(input.assessment)}.xlsx`, data: new Uint8Array(data) };
}
