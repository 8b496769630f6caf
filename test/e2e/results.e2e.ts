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
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await browser.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await app.createAssessment({ name: 'Aarhus', country: 'Denmark', year: 2025 });
  // The fixed pattern: governance 3 (w1) and 5 (w2); data 2, not applicable, unanswered.
  await app.chooseLevel('gov-strategy', 3, 'Essential');
  await app.chooseLevel('gov-owner', 5, 'Seamless');
  await app.item('gov-owner').getByLabel('Flag for follow-up').check();
  await browser.page.getByRole('button', { name: 'Next: Data' }).click();
  await app.chooseLevel('data-catalogue', 2, 'Opportunistic');
  await app.item('data-models').getByLabel('Not applicable').check();
  await app.waitSaved();
});

afterAll(async () => {
  await browser.close();
});

it('shows the scores computed by hand, with level and coverage, in charts and tables', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  // By hand: governance (1×50 + 2×100) ÷ 3 = 83.3; data 25 (coverage 1 of 2); overall (83.333 + 25) ÷ 2 = 54.2.
  await expect.poll(() => page.getByTestId('overall-score').textContent()).toBe('54.2 of 100 (level 3, Essential)');
  expect(await page.getByTestId('overall-coverage').textContent()).toContain(
    '75% of the applicable questions answered.',
  );
  const groups = page.getByTestId('group-table');
  expect(await groups.getByRole('row', { name: /Governance/ }).innerText()).toMatch(
    /83\.3 of 100 \(level 4, Sustainable\)\s+100% of the applicable/,
  );
  expect(await groups.getByRole('row', { name: /Data/ }).innerText()).toMatch(
    /25 of 100 \(level 2, Opportunistic\)\s+50% of the applicable/,
  );
  const items = page.getByTestId('item-table');
  expect(await items.getByRole('row', { name: /written interoperability strategy/ }).innerText()).toMatch(
    /Level 3: Essential\s+50$/,
  );
  expect(await items.getByRole('row', { name: /open data/ }).innerText()).toMatch(/Not answered\s+–$/);
  // Charts are drawn (SVG) and have their tables.
  expect(await page.locator('.chart svg').count()).toBe(2);
  expect(await page.getByRole('heading', { name: '1 question flagged for follow-up' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
});

it('ranks the improvement plan by what the next level brings, and keeps what is planned', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Improvement plan', exact: true }).click();
  const entries = page.locator('.plan-item');
  await entries.first().waitFor();
  // data-catalogue 2→3 adds 25 to a 1-item group: +12.5 overall; gov-strategy 3→4 adds 25×1/3 ÷ 2 = +4.17.
  expect(await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-item-id')))).toEqual([
    'data-catalogue',
    'gov-strategy',
  ]);
  expect(await entries.first().getByTestId('plan-gain').textContent()).toContain('+12.5 points overall');
  expect(await entries.nth(1).getByTestId('plan-gain').textContent()).toContain('+4.17 points overall');
  await entries.first().getByLabel('Planned').check();
  await entries.first().getByLabel('Target level').selectOption('4');
  await app.waitSaved();
  await page.reload();
  await entries.first().getByLabel('Target level').waitFor();
  expect(await entries.first().getByLabel('Target level').inputValue()).toBe('4');
  expect(await entries.first().getByLabel('Target year').inputValue()).toBe('2026');
  expect(await axeViolations(page)).toEqual([]);
});

it('reaches every results screen by keyboard, with focus on each new page’s heading', async () => {
  const { page } = browser;
  for (const name of ['Results', 'Improvement plan', 'Methodology', 'Trend']) {
    await page.getByRole('link', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  }
  await page.getByRole('link', { name: 'Improvement plan', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.locator('.plan-item').first().waitFor();
  const planned = page.locator('.plan-item').nth(1).getByLabel('Planned');
  await planned.focus();
  await page.keyboard.press('Space');
  await app.waitSaved();
  expect(await planned.isChecked()).toBe(true);
});

it('explains the formula on the methodology page with the user’s own numbers', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Methodology', exact: true }).click();
  await page.getByTestId('example-group-result').waitFor();
  expect(await page.getByTestId('formula-terms').first().textContent()).toBe('(1 × 50 + 2 × 100) ÷ (1 + 2)');
  expect(await page.getByTestId('example-group-result').textContent()).toBe('= 83.333333');
  expect(await page.getByTestId('example-overall-result').textContent()).toBe('= 54.166667');
  expect(await axeViolations(page)).toEqual([]);
});

it('shows a trend when the same city has an assessment of another year', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Assessments', exact: true }).click();
  await page.getByRole('link', { name: 'Duplicate Aarhus 2025' }).click();
  await page.getByRole('button', { name: 'Duplicate and start answering' }).click();
  await page.getByRole('heading', { level: 1, name: 'Aarhus 2026' }).waitFor();
  await app.chooseLevel('gov-strategy', 5, 'Seamless');
  await app.waitSaved();
  await page.getByRole('link', { name: 'Trend', exact: true }).click();
  const table = page.getByTestId('trend-table');
  await table.waitFor();
  // 2026: governance (100 + 200) ÷ 3 = 100; overall (100 + 25) ÷ 2 = 62.5.
  expect(await table.getByRole('row', { name: /Overall/ }).innerText()).toMatch(/Overall\s+54\.2\s+62\.5/);
  expect(await table.getByRole('row', { name: /Governance/ }).innerText()).toMatch(/Governance\s+83\.3\s+100/);
  expect(await page.getByText('Compared on all 5 questions.').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
});
