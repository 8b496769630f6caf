import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

let browser: Browser;
let app: AppModel;

beforeEach(async () => {
  browser = await launchBrowser();
  app = new AppModel(browser.page, inject('baseURL'));
  await app.open();
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await browser.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
});

afterEach(async () => {
  await browser.close();
});

it('creates an assessment, answers items, and finds every answer after a reload', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Ljubljana', country: 'Slovenia', year: 2026 });

  await app.chooseLevel('gov-strategy', 3, 'Essential');
  await app.item('gov-owner').getByLabel('Not applicable').check();
  await app.item('gov-owner').getByLabel('Notes').fill('Mandate under review — see “IT board” minutes.');
  await app.item('gov-strategy').getByLabel('Description').fill('Strategy 2025');
  await app.item('gov-strategy').getByLabel('Address (https://…)').fill('https://example.org/strategy.pdf');
  await app.item('gov-strategy').getByRole('button', { name: 'Add link' }).click();
  await app.item('gov-strategy').getByLabel('Flag for follow-up').check();
  await app.waitSaved();
  await expect
    .poll(() => page.locator('.group-nav a[aria-current=page] .group-progress').textContent())
    .toBe('2 of 2 answered');

  await page.reload();
  await app.item('gov-strategy').waitFor();
  expect(await app.checkedLevel('gov-strategy')).toBe('3');
  expect(await app.checkedLevel('gov-owner')).toBe('na');
  expect(await app.item('gov-owner').getByLabel('Notes').inputValue()).toBe(
    'Mandate under review — see “IT board” minutes.',
  );
  expect(await app.item('gov-strategy').getByRole('link', { name: 'Strategy 2025' }).getAttribute('href')).toBe(
    'https://example.org/strategy.pdf',
  );
  expect(await app.item('gov-strategy').getByLabel('Flag for follow-up').isChecked()).toBe(true);
});

it('keeps a change made right before the page is closed, every time', async () => {
  await app.createAssessment({ name: 'Tartu', country: 'Estonia', year: 2025 });
  const url = browser.page.url();
  const items = ['gov-strategy', 'gov-owner'];
  const labels = ['Ad hoc', 'Opportunistic', 'Essential', 'Sustainable', 'Seamless'];
  let page = browser.page;
  for (let round = 0; round < 10; round += 1) {
    const model = new AppModel(page, inject('baseURL'));
    const level = (round % 5) + 1;
    await model.chooseLevel(items[round % 2] as string, level, labels[level - 1] as string);
    await model.item('gov-owner').getByLabel('Notes').fill(`round ${round}`);
    // No wait for the "saved" state: the page goes away at once.
    await page.close({ runBeforeUnload: false });
    page = await browser.context.newPage();
    const reopened = new AppModel(page, inject('baseURL'));
    await page.goto(url);
    await reopened.item('gov-strategy').waitFor();
    expect(await reopened.checkedLevel(items[round % 2] as string), `round ${round}`).toBe(String(level));
    expect(await reopened.item('gov-owner').getByLabel('Notes').inputValue(), `round ${round}`).toBe(`round ${round}`);
  }
});

it('moves between groups and shows progress per group', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Oulu', country: 'Finland', year: 2026 });
  await page.getByRole('button', { name: 'Next: Data' }).click();
  await app.item('data-catalogue').waitFor();
  await app.chooseLevel('data-catalogue', 2, 'Opportunistic');
  await app.waitSaved();
  const nav = page.getByRole('navigation', { name: 'Groups of questions' });
  await expect.poll(() => nav.getByRole('link', { name: /Data/ }).textContent()).toContain('1 of 3 answered');
  await expect.poll(() => nav.getByRole('link', { name: /Governance/ }).textContent()).toContain('0 of 2 answered');
});

it('lists, duplicates and deletes assessments with confirmation', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Gent', country: 'Belgium', year: 2025 });
  await app.chooseLevel('gov-strategy', 5, 'Seamless');
  await app.waitSaved();

  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('link', { name: 'Duplicate Gent 2025' }).click();
  await page.getByRole('button', { name: 'Duplicate and start answering' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gent 2026' }).waitFor();
  expect(await app.checkedLevel('gov-strategy')).toBe('5');

  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('button', { name: 'Delete Gent 2025' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await page.getByRole('button', { name: 'Delete Gent 2025' }).count()).toBe(1);
  await page.getByRole('button', { name: 'Delete Gent 2025' }).click();
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Delete Gent 2025' }).count()).toBe(0);
  await page.reload();
  await page.getByRole('link', { name: 'Gent', exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /^Delete Gent/ }).count()).toBe(1);
});
