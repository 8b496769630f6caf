import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
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

/** How a round ends the page right after a change, with no wait for the "saved" state. */
const ENDINGS = ['close the page', 'crash the renderer', 'close the browser'] as const;

async function endPage(ending: (typeof ENDINGS)[number], page: Page): Promise<void> {
  if (ending === 'close the page') return page.close({ runBeforeUnload: false });
  if (ending === 'crash the renderer') {
    const crashed = new Promise<void>((resolve) => page.once('crash', () => resolve()));
    const session = await browser.context.newCDPSession(page);
    // The renderer dies before it can answer, so the command itself never resolves.
    void session.send('Page.crash').catch(() => undefined);
    await crashed;
    // Proof that the renderer is gone: the page no longer runs script.
    await expect(page.evaluate(() => 1)).rejects.toThrow();
    return page.close();
  }
  browser = await browser.restart();
}

it('keeps a change made right before the page is closed, crashed or the browser quit, 20 times in a row', async () => {
  await app.createAssessment({ name: 'Tartu', country: 'Estonia', year: 2025 });
  const url = browser.page.url();
  const items = ['gov-strategy', 'gov-owner'];
  const labels = ['Ad hoc', 'Opportunistic', 'Essential', 'Sustainable', 'Seamless'];
  let page = browser.page;
  const ends: Record<string, number> = {};
  for (let round = 0; round < 20; round += 1) {
    const model = new AppModel(page, inject('baseURL'));
    const level = (round % 5) + 1;
    const ending = ENDINGS[round % ENDINGS.length] ?? 'close the page';
    await model.chooseLevel(items[round % 2] as string, level, labels[level - 1] as string);
    await model.item('gov-owner').getByLabel('Notes').fill(`round ${round}`);
    await endPage(ending, page);
    ends[ending] = (ends[ending] ?? 0) + 1;
    page = ending === 'close the browser' ? browser.page : await browser.context.newPage();
    const reopened = new AppModel(page, inject('baseURL'));
    await page.goto(url);
    await reopened.item('gov-strategy').waitFor();
    const where = `round ${round} (${ending})`;
    expect(await reopened.checkedLevel(items[round % 2] as string), where).toBe(String(level));
    expect(await reopened.item('gov-owner').getByLabel('Notes').inputValue(), where).toBe(`round ${round}`);
  }
  expect(ends).toEqual({ 'close the page': 7, 'crash the renderer': 7, 'close the browser': 6 });
}, 240_000);

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
