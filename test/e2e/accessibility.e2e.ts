import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

let browser: Browser;
let app: AppModel;

beforeAll(async () => {
  browser = await launchBrowser();
  app = new AppModel(browser.page, inject('baseURL'));
  await app.open();
});

afterAll(async () => {
  await browser.close();
});

it('has no WCAG 2.1 AA violations on any screen or dialog', async () => {
  const { page } = browser;
  const report: Record<string, string[]> = {};
  report['empty list'] = await axeViolations(page);

  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  report.library = await axeViolations(page);

  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('link', { name: 'Create an assessment' }).click();
  await page.getByLabel('Name of the city or community').waitFor();
  report['create form'] = await axeViolations(page);
  await page.getByRole('button', { name: 'Create and start answering' }).click();
  await page.getByRole('alert').waitFor();
  report['create form with errors'] = await axeViolations(page);

  await app.createAssessment({ name: 'Heraklion', country: 'Greece', year: 2026 });
  await app.chooseLevel('gov-strategy', 3, 'Essential');
  await app.item('gov-strategy').getByLabel('Address (https://…)').fill('javascript:alert(1)');
  await app.item('gov-strategy').getByRole('button', { name: 'Add link' }).click();
  await app.waitSaved();
  report.answering = await axeViolations(page);

  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Heraklion 2026' }).click();
  await page.getByRole('dialog').waitFor();
  report['delete dialog'] = await axeViolations(page);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  report.settings = await axeViolations(page);

  expect(report).toEqual({
    'empty list': [],
    library: [],
    'create form': [],
    'create form with errors': [],
    answering: [],
    'delete dialog': [],
    settings: [],
  });
});

it('works by keyboard alone: create an assessment and answer an item', async () => {
  const { page } = browser;
  await page.goto(new URL('#/', inject('baseURL')).href);
  await page.locator('h1').waitFor();
  // Tab to "Create an assessment" and follow it.
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Create an assessment') break;
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cork');
  await page.getByLabel('Country').focus();
  await page.keyboard.type('Ireland');
  // Submit with Enter from a text field.
  await page.getByLabel('Organisation (optional)').focus();
  const checkboxes = page.getByRole('group', { name: 'Questionnaires to include' }).getByRole('checkbox');
  for (const box of await checkboxes.all()) {
    const label = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    if ((label === 'Sample questionnaire (test fixture)') !== (await box.isChecked())) {
      await box.focus();
      await page.keyboard.press('Space');
    }
  }
  await page.getByLabel('Organisation (optional)').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /^Cork/ }).waitFor();
  // Focus lands on the page heading; the first level radio is reachable and arrow keys choose levels.
  await app.item('gov-strategy').getByLabel('Level 1: Ad hoc').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await app.waitSaved();
  expect(await app.checkedLevel('gov-strategy')).toBe('3');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
});
