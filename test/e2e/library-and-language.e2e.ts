import { join } from 'node:path';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

let browser: Browser;
let app: AppModel;

beforeEach(async () => {
  browser = await launchBrowser();
  app = new AppModel(browser.page, inject('baseURL'));
  await app.open();
});

afterEach(async () => {
  await browser.close();
});

it('rejects an invalid questionnaire file with the file, the place and the reason, and stores nothing', async () => {
  const { page } = browser;
  await app.loadQuestionnaireFile(join(import.meta.dirname, '..', 'fixtures', 'invalid', 'missing-rubric-level.json'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain('missing-rubric-level.json was not loaded:');
  expect(await alert.innerText()).toContain(
    'missing-rubric-level.json, at $.items[2].rubric["4"]: Missing rubric text for level 4',
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Questionnaires' }).waitFor();
  // The table is there (the bundled questionnaires are listed), and the rejected file is not in it.
  await page.getByRole('row', { name: /EIF4SCC interoperability self-assessment/ }).waitFor();
  expect(await page.getByRole('row', { name: /Sample questionnaire/ }).count()).toBe(0);
});

it('loads a questionnaire file once and refuses the same version again', async () => {
  const { page } = browser;
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await expect.poll(() => page.getByRole('row', { name: /Sample questionnaire/ }).count()).toBe(1);
  await page.getByLabel('Questionnaire file (JSON)').setInputFiles(SAMPLE_QUESTIONNAIRE);
  await page.getByText('sample@1.0.0 is already in the library').waitFor();
});

it('switches language from the header, sets lang on <html> and remembers the choice', async () => {
  const { page } = browser;
  await page.getByLabel('Language').first().selectOption('mt');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('mt');
  await page.reload();
  await page.locator('h1').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('mt');
  // Every official EU language is offered by its own name.
  const options = await page.locator('header select option').allTextContents();
  expect(options).toHaveLength(24);
  expect(options).toEqual(expect.arrayContaining(['Ελληνικά', 'Български', 'Gaeilge', 'Malti', 'Suomi', 'Magyar']));
});

it('asks for persistent storage and says what the browser answered', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  const status = page.getByTestId('persistence');
  await expect.poll(() => status.textContent()).toMatch(/persistent storage|cannot be asked/);
  await page.getByText(/^The app uses .* MB of the .* MB this browser allows it\.$/).waitFor();
});
