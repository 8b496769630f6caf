import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { openDevice, snapshot } from '../../test/fixtures/device';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { loadSample } from '../../test/fixtures/sample';
import { ANSWER_COLUMNS, PROFILE_FIELDS, SCORE_COLUMNS } from '../domain/export/sheet-rows';
import type { AppDatabase } from '../storage/db';
import type { Repositories } from '../storage';
import { commitAssessmentImport, exportAssessmentJson, readAssessmentImport } from './assessment-files';
import { csvFiles, sheetInput, xlsxFile, type SheetLabels } from './spreadsheet-export';

const labels: SheetLabels = {
  answerColumns: Object.fromEntries(ANSWER_COLUMNS.map((c) => [c, `H:${c}`])) as SheetLabels['answerColumns'],
  scoreColumns: Object.fromEntries(SCORE_COLUMNS.map((c) => [c, `S:${c}`])) as SheetLabels['scoreColumns'],
  profileFields: Object.fromEntries(PROFILE_FIELDS.map((c) => [c, `P:${c}`])) as SheetLabels['profileFields'],
  field: 'Field',
  value: 'Value',
  overall: 'Overall',
  sheets: { answers: 'Answers', scores: 'Scores', profile: 'Profile' },
};

let db: AppDatabase;
let repos: Repositories;
let close: () => Promise<void>;
beforeEach(async () => {
  ({ db, repos, close } = await openDevice());
  await repos.questionnaires.add(loadSample(), 'sample-1.0.0.json', '2026-01-01T00:00:00.000Z');
  await repos.assessments.put(makeAssessment('a1', { profile: { ...makeAssessment('a1').profile, name: 'Győr' } }));
  await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 3, note: '=cmd|" /C calc"!A0' }));
  await repos.answers.save(makeAnswer('a1', 'gov-owner', { value: 5, flagged: true }));
  await repos.answers.save(makeAnswer('a1', 'data-models', { value: 'na', note: 'Ünïcödé – ελληνικά' }));
});
afterEach(() => close());

describe('spreadsheet', () => {
  it('writes an .xlsx that reads back with the expected cells', async () => {
    const file = await xlsxFile(await sheetInput('a1', 'en'), labels);
    expect(file.fileName).toBe('gyor-2026.xlsx');
    const book = XLSX.read(file.data, { type: 'array' });
    expect(book.SheetNames).toEqual(['Answers', 'Scores', 'Profile']);
    const answers = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Answers as XLSX.WorkSheet);
    expect(answers).toHaveLength(5);
    expect(answers[0]).toMatchObject({
      'H:questionnaireId': 'sample',
      'H:questionnaireVersion': '1.0.0',
      'H:itemId': 'gov-strategy',
      'H:level': 3,
      'H:levelLabel': 'Essential',
      'H:score': 50,
      'H:note': '\'=cmd|" /C calc"!A0',
      'H:notApplicable': false,
    });
    // Nothing is stored as a formula.
    const sheet = book.Sheets.Answers as XLSX.WorkSheet;
    expect(Object.values(sheet).filter((c: { f?: string }) => typeof c === 'object' && c?.f !== undefined)).toEqual([]);
    expect(answers[3]).toMatchObject({
      'H:itemId': 'data-models',
      'H:notApplicable': true,
      'H:note': 'Ünïcödé – ελληνικά',
    });
    const scores = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Scores as XLSX.WorkSheet);
    expect(scores.find((r) => r['S:groupId'] === 'overall')).toMatchObject({
      'S:group': 'Overall',
      'S:score': 83.333333,
    });
    const profile = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Profile as XLSX.WorkSheet, { header: 1 });
    expect(profile).toContainEqual(['P:name', 'Győr']);
  });

  it('writes the CSV files with a BOM, one row per item, the scores and the profile', async () => {
    const files = csvFiles(await sheetInput('a1', 'en'), labels);
    const lines = files.answers.text.split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFH:questionnaireId,H:questionnaireVersion')).toBe(true);
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines[1]).toContain('sample,1.0.0,governance,Governance,gov-strategy,');
    expect(lines[1]).toContain(',"\'=cmd|"" /C calc""!A0",');
    expect(files.scores.text).toContain('sample,1.0.0,overall,Overall,83.333333,');
    expect(files.scores.text).toContain('\r\n\r\nField,Value\r\n');
  });
});

describe('assessment JSON', () => {
  it('exports and re-imports into an empty device with the same rows', async () => {
    const { text } = await exportAssessmentJson('a1');
    const before = await snapshot(db);
    await close();
    ({ db, repos, close } = await openDevice());
    await repos.questionnaires.add(loadSample(), 'sample-1.0.0.json', '2026-01-01T00:00:00.000Z');
    const read = await readAssessmentImport('a.json', text);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.value.clash).toBeUndefined();
    await commitAssessmentImport(read.value.doc, 'add', (n) => `${n} (copy)`);
    expect(await snapshot(db)).toBe(before);
  });

  it('keeps both under a new id, or replaces', async () => {
    const { text } = await exportAssessmentJson('a1');
    await repos.answers.save(makeAnswer('a1', 'data-open', { value: 1, updatedAt: '2026-02-01T00:00:00.000Z' }));
    const read = await readAssessmentImport('a.json', text);
    if (!read.ok) throw new Error('rejected');
    expect(read.value.clash?.id).toBe('a1');
    const copy = await commitAssessmentImport(read.value.doc, 'keep-both', (n) => `${n} (copy)`);
    expect(copy.id).not.toBe('a1');
    expect(copy.profile.name).toBe('Győr (copy)');
    expect(await repos.answers.listFor(copy.id)).toHaveLength(3);
    expect(await repos.answers.listFor('a1')).toHaveLength(4);
    await commitAssessmentImport(read.value.doc, 'replace', (n) => n);
    expect((await repos.answers.listFor('a1')).map((a) => a.itemId).sort()).toEqual([
      'data-models',
      'gov-owner',
      'gov-strategy',
    ]);
    expect(await repos.assessments.list()).toHaveLength(2);
  });

  it('says when the questionnaire version is not on this device, and stores nothing', async () => {
    const { text } = await exportAssessmentJson('a1');
    const other = text.replace('"version": "1.0.0"', '"version": "9.9.9"');
    const before = await snapshot(db);
    const read = await readAssessmentImport('city.json', other);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues[0]).toMatchObject({ file: 'city.json', path: '$.assessment.questionnaires[0]' });
    expect(read.issues[0]?.message).toContain('sample version 9.9.9 is not on this device');
    expect(await snapshot(db)).toBe(before);
  });

  it('rolls back a replace that fails half way (duplicate rows), leaving the device unchanged', async () => {
    const { text } = await exportAssessmentJson('a1');
    const read = await readAssessmentImport('a.json', text);
    if (!read.ok) throw new Error('rejected');
    const doc = read.value.doc;
    const broken = { ...doc, answers: [...doc.answers, ...doc.answers] };
    const before = await snapshot(db);
    await expect(repos.transfer.importAssessment(broken, 'replace')).rejects.toThrow();
    expect(await snapshot(db)).toBe(before);
  });
});
