import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import * as XLSX from 'xlsx';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

let first: Browser;
let app: AppModel;
let dir: string;
let jsonPath: string;

/** Clicks a button that makes a file and saves the download. */
async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function scores(page: Page): Promise<string[]> {
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await page.getByTestId('group-table').waitFor();
  return [
    (await page.getByTestId('overall-score').textContent()) ?? '',
    (await page.getByTestId('overall-coverage').textContent()) ?? '',
    await page.getByTestId('group-table').innerText(),
    await page.getByTestId('item-table').innerText(),
  ];
}

const importFile = (page: Page, path: string) =>
  page.getByLabel('Import an assessment (JSON file)').setInputFiles(path);

let firstScores: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eif4scc-files-'));
  first = await launchBrowser();
  app = new AppModel(first.page, inject('baseURL'));
  await app.open();
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await first.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await app.createAssessment({ name: 'Aarhus', country: 'Denmark', year: 2025 });
  await app.chooseLevel('gov-strategy', 3, 'Essential');
  await app.item('gov-strategy').getByLabel('Notes').fill('=HYPERLINK("http://evil") and “quotes”, Æøå');
  await app.item('gov-strategy').getByLabel('Description').fill('Strategy 2025');
  await app.item('gov-strategy').getByLabel('Address (https://…)').fill('https://example.org/strategy.pdf');
  await app.item('gov-strategy').getByRole('button', { name: 'Add link' }).click();
  await app.chooseLevel('gov-owner', 5, 'Seamless');
  await app.item('gov-owner').getByLabel('Flag for follow-up').check();
  await first.page.getByRole('button', { name: 'Next: Data' }).click();
  await app.chooseLevel('data-catalogue', 2, 'Opportunistic');
  await app.item('data-models').getByLabel('Not applicable').check();
  await app.item('data-models').getByLabel('Notes').fill('No new systems this year.');
  await app.waitSaved();
  firstScores = await scores(first.page);
});

afterAll(async () => {
  await first.close();
  await rm(dir, { recursive: true, force: true });
});

it('downloads the assessment as JSON, a spreadsheet and CSV from the export screen', async () => {
  const { page } = first;
  await page.getByRole('link', { name: 'Report and export', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Data files' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  jsonPath = await download(page, 'Assessment (JSON)');
  expect(jsonPath.endsWith('aarhus-2025.json')).toBe(true);
  const doc = JSON.parse(await readFile(jsonPath, 'utf8')) as { format: string; answers: unknown[] };
  expect(doc.format).toBe('eif4scc-assessment');
  expect(doc.answers).toHaveLength(4);

  const xlsxPath = await download(page, 'Spreadsheet (.xlsx)');
  const book = XLSX.read(await readFile(xlsxPath), { type: 'buffer' });
  expect(book.SheetNames).toEqual(['Answers', 'Scores', 'Profile']);
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Answers as XLSX.WorkSheet);
  expect(rows).toHaveLength(5);
  expect(rows[0]).toMatchObject({
    Questionnaire: 'sample',
    Version: '1.0.0',
    'Question ID': 'gov-strategy',
    Level: 3,
    'Level name': 'Essential',
    'Score (0–100)': 50,
    Note: '\'=HYPERLINK("http://evil") and “quotes”, Æøå',
    'Evidence links': 'Strategy 2025 <https://example.org/strategy.pdf>',
  });
  expect(rows[3]).toMatchObject({ 'Question ID': 'data-models', 'Not applicable': true });
  const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Scores as XLSX.WorkSheet);
  expect(summary.find((r) => r['Group ID'] === 'overall')).toMatchObject({
    Group: 'Overall',
    'Score (0–100)': 54.166667,
  });

  const csv = await readFile(await download(page, 'Answers (CSV)'), 'utf8');
  expect(csv.startsWith('\uFEFFQuestionnaire,Version,Group ID,Group,Question ID')).toBe(true);
  expect(csv).toContain(',"\'=HYPERLINK(""http://evil"") and “quotes”, Æøå",');
  expect(csv.split('\r\n')).toHaveLength(7);
  const scoresCsv = await readFile(await download(page, 'Scores and profile (CSV)'), 'utf8');
  expect(scoresCsv).toContain('sample,1.0.0,overall,Overall,54.166667,0.75,3,4,1,5');
  expect(scoresCsv).toContain('City or community,Aarhus');
});

it('imports the JSON into a fresh profile with the same answers and exactly the same scores', async () => {
  const second = await launchBrowser();
  try {
    const model = new AppModel(second.page, inject('baseURL'));
    await model.open();
    // Without the questionnaire on the device the file is refused, saying why.
    await importFile(second.page, jsonPath);
    const alert = second.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('aarhus-2025.json, at $.assessment.questionnaires[0]:');
    expect(await alert.innerText()).toContain('sample version 1.0.0 is not on this device');
    expect(await second.page.getByRole('link', { name: 'Open Aarhus 2025' }).count()).toBe(0);
    expect(await axeViolations(second.page)).toEqual([]);

    await model.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
    await second.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
    await second.page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await importFile(second.page, jsonPath);
    await second.page.getByText('Imported Aarhus 2025.').waitFor();
    await second.page.getByRole('link', { name: 'Open Aarhus 2025' }).click();
    await model.item('gov-strategy').waitFor();
    expect(await model.checkedLevel('gov-strategy')).toBe('3');
    expect(await model.item('gov-strategy').getByLabel('Notes').inputValue()).toBe(
      '=HYPERLINK("http://evil") and “quotes”, Æøå',
    );
    expect(await model.item('gov-owner').getByLabel('Flag for follow-up').isChecked()).toBe(true);
    expect(await scores(second.page)).toEqual(firstScores);
    // Exported again, it is the same file but for the export time.
    await second.page.getByRole('link', { name: 'Report and export', exact: true }).click();
    const again = await readFile(await download(second.page, 'Assessment (JSON)'), 'utf8');
    const strip = (text: string) => ({ ...(JSON.parse(text) as object), exportedAt: '' });
    expect(strip(again)).toEqual(strip(await readFile(jsonPath, 'utf8')));
  } finally {
    await second.close();
  }
});

it('offers "keep both" and "replace" when the same assessment is imported again', async () => {
  const { page } = first;
  await page.getByRole('link', { name: 'Answer', exact: true }).click();
  await app.chooseLevel('gov-strategy', 5, 'Seamless');
  await app.waitSaved();
  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await importFile(page, jsonPath);
  const dialog = page.getByRole('dialog', { name: 'This assessment is already on this device' });
  await dialog.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await page.getByText('Imported Aarhus (imported copy) 2025.').waitFor();
  expect(await page.getByRole('link', { name: /^Open Aarhus/ }).count()).toBe(2);

  await importFile(page, jsonPath);
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await page.getByText('Imported Aarhus 2025.').waitFor();
  expect(await page.getByRole('link', { name: /^Open Aarhus/ }).count()).toBe(2);
  await page.getByRole('link', { name: 'Open Aarhus 2025' }).click();
  await app.item('gov-strategy').waitFor();
  expect(await app.checkedLevel('gov-strategy')).toBe('3');
});

const PAYLOADS = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>'];

it('shows script and HTML in an imported file as text and runs nothing', async () => {
  const hostile = await launchBrowser();
  try {
    const page = hostile.page;
    const model = new AppModel(page, inject('baseURL'));
    await model.open();
    await model.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
    await page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
    const [img, script] = PAYLOADS as [string, string];
    const at = '2026-01-01T00:00:00.000Z';
    const answer = (itemId: string, text: string) => ({
      assessmentId: 'hostile',
      questionnaireId: 'sample',
      itemId,
      value: 2,
      note: text,
      evidence: [
        { label: text, url: `https://example.org/?q=${encodeURIComponent(text)}` },
        { label: text, url: text },
      ],
      flagged: true,
      plan: null,
      updatedAt: at,
    });
    const doc = {
      format: 'eif4scc-assessment',
      formatVersion: 1,
      exportedAt: at,
      assessment: {
        id: 'hostile',
        profile: {
          name: img,
          country: 'BE',
          lau: script.slice(0, 20),
          nuts: '',
          populationBand: 'lt5k',
          urbanisation: 'rural',
          organisation: script,
          assessor: img,
        },
        year: 2026,
        questionnaires: [{ id: 'sample', version: '1.0.0' }],
        status: 'in-progress',
        createdAt: at,
        updatedAt: at,
      },
      answers: [answer('gov-strategy', img), answer('gov-owner', script)],
      archivedAnswers: [
        {
          id: 'hostile/sample@0.9.0/old',
          assessmentId: 'hostile',
          questionnaireId: 'sample',
          questionnaireVersion: '0.9.0',
          itemId: 'old',
          reason: script,
          archivedAt: at,
          answer: { ...answer('old', img), itemId: 'old' },
        },
      ],
    };
    const path = join(dir, 'hostile.json');
    await writeFile(path, JSON.stringify(doc));
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await importFile(page, path);
    await page.getByText(`Imported ${img} 2026.`).waitFor();
    expect(await page.getByRole('link', { name: img, exact: true }).count()).toBe(1);
    await page.getByRole('link', { name: img, exact: true }).click();
    await model.item('gov-strategy').waitFor();
    expect(await model.item('gov-strategy').getByLabel('Notes').inputValue()).toBe(img);
    expect(await model.item('gov-owner').getByLabel('Notes').inputValue()).toBe(script);
    expect(await model.item('gov-strategy').getByText(img, { exact: true }).count()).toBeGreaterThan(0);
    for (const screen of ['Results', 'Improvement plan', 'Versions', 'Report and export']) {
      await page.getByRole('link', { name: screen, exact: true }).click();
      await page.locator('h1').waitFor();
    }
    expect(await page.locator('h1').innerText()).toContain(img);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  } finally {
    await hostile.close();
  }
});
