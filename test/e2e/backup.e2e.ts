import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

let first: Browser;
let app: AppModel;
let dir: string;
let backupPath: string;

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, `${crypto.randomUUID()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

const openSettings = async (page: Page) => {
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Backup and restore' }).waitFor();
};

const backUp = (page: Page) => download(page, () => page.getByRole('button', { name: 'Back up everything' }).click());

/** The tables of a backup file, without the moment it was made. */
const tablesOf = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as { tables: unknown }).tables;

async function restore(page: Page, path: string, mode: 'Replace everything' | 'Merge') {
  await openSettings(page);
  await page.getByRole('group', { name: 'How to restore' }).getByLabel(mode, { exact: true }).check();
  await page.getByLabel('Backup file (JSON)').setInputFiles(path);
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: mode }).click();
  await page.getByTestId('restore-summary').waitFor();
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eif4scc-backup-'));
  first = await launchBrowser();
  app = new AppModel(first.page, inject('baseURL'));
  await app.open();
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await first.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await app.createAssessment({ name: 'Aarhus', country: 'Denmark', year: 2025 });
  await app.chooseLevel('gov-strategy', 3, 'Essential');
  await app.item('gov-owner').getByLabel('Not applicable').check();
  await app.item('gov-owner').getByLabel('Notes').fill('Mandate under review');
  await app.waitSaved();
});

afterAll(async () => {
  await first.close();
  await rm(dir, { recursive: true, force: true });
});

it('shows the backup section, persistent storage status and the last backup date', async () => {
  const { page } = first;
  await openSettings(page);
  expect(await page.getByTestId('persistence').innerText()).toMatch(/persistent storage|cannot be asked/);
  expect(await page.getByTestId('last-backup').innerText()).toBe('No backup has been made in this browser yet.');
  expect(await axeViolations(page)).toEqual([]);
  backupPath = await backUp(page);
  expect(await page.getByTestId('last-backup').innerText()).toMatch(/^Last backup: /);
  const tables = (await tablesOf(backupPath)) as { name: string; rows: unknown[] }[];
  expect(tables.map((t) => t.name)).toEqual([
    'answers',
    'archivedAnswers',
    'assessments',
    'benchmarkSelections',
    'peerPools',
    'peerSets',
    'questionnaires',
    'settings',
  ]);
  expect(tables.find((t) => t.name === 'answers')?.rows).toHaveLength(2);
});

it('restores everything into a fresh profile, and backing up again gives the same tables', async () => {
  const second = await launchBrowser();
  try {
    const { page } = second;
    const model = new AppModel(page, inject('baseURL'));
    await model.open();
    await restore(page, backupPath, 'Replace everything');
    const again = await backUp(page);
    expect(await tablesOf(again)).toEqual(await tablesOf(backupPath));
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('link', { name: 'Open Aarhus 2025' }).click();
    await model.item('gov-strategy').waitFor();
    expect(await model.checkedLevel('gov-strategy')).toBe('3');
    expect(await model.item('gov-owner').getByLabel('Notes').inputValue()).toBe('Mandate under review');
  } finally {
    await second.close();
  }
});

it('merges a backup into a profile with its own assessment, keeping both', async () => {
  const third = await launchBrowser();
  try {
    const { page } = third;
    const model = new AppModel(page, inject('baseURL'));
    await model.open();
    await model.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
    await page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
    await model.createAssessment({ name: 'Tartu', country: 'Estonia', year: 2026 });
    await model.chooseLevel('gov-strategy', 4, 'Sustainable');
    await model.waitSaved();
    await restore(page, backupPath, 'Merge');
    // The questionnaire was on both: kept; the rest of the backup was added.
    expect(await page.getByTestId('restore-summary').innerText()).toContain('kept: 1.');
    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('link', { name: 'Open Aarhus 2025' }).waitFor();
    expect(await page.getByRole('link', { name: 'Open Tartu 2026' }).count()).toBe(1);
  } finally {
    await third.close();
  }
});

it('refuses a file that is not a backup, naming the place and the reason, and changes nothing', async () => {
  const { page } = first;
  await openSettings(page);
  await page.getByLabel('Backup file (JSON)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"eif4scc-backup","formatVersion":1}'),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('notes.json was not restored; nothing was changed');
  expect(await alert.innerText()).toContain('notes.json, at $.createdAt:');
  expect(await axeViolations(page)).toEqual([]);
});

it('reminds to back up after the set number of changed answers, and backs up from the reminder', async () => {
  const { page } = first;
  await openSettings(page);
  await page.getByLabel('Remind after this many changed answers').fill('2');
  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('link', { name: 'Open Aarhus 2025' }).click();
  await app.chooseLevel('gov-strategy', 4, 'Sustainable');
  await app.item('gov-owner').getByLabel('Notes').fill('Changed after the backup');
  await app.waitSaved();
  expect(await page.getByTestId('backup-reminder').count()).toBe(0);
  // The reminder is checked at start and on each change of screen; a reload makes sure every write landed.
  await page.reload();
  await app.item('gov-strategy').waitFor();
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await reminder.waitFor();
  expect(await reminder.innerText()).toContain('At least 2 answers have changed since the last backup.');
  expect(await axeViolations(page)).toEqual([]);
  const path = await download(page, () => reminder.getByRole('button', { name: 'Back up now' }).click());
  expect(path.endsWith('.json')).toBe(true);
  await expect.poll(() => page.getByTestId('backup-reminder').count()).toBe(0);
  // Dismissing counts afresh: the reminder stays away until the rule is met again.
  await page.getByRole('link', { name: 'Answer', exact: true }).click();
  await app.chooseLevel('gov-strategy', 5, 'Seamless');
  await app.chooseLevel('gov-strategy', 2, 'Opportunistic');
  await app.item('gov-owner').getByLabel('Notes').fill('Again');
  await app.waitSaved();
  await page.reload();
  await reminder.waitFor();
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('link', { name: 'Trend', exact: true }).click();
  await page.locator('h1').waitFor();
  expect(await page.getByTestId('backup-reminder').count()).toBe(0);
});
