import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

interface Focused {
  tag: string;
  name: string;
  visible: boolean;
}

/** What has focus, its accessible name (roughly) and whether a focus indicator is drawn. */
const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return { tag: '', name: '', visible: false };
    const labelled = el.getAttribute('aria-label');
    const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
    const name = (labelled ?? labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const visible = outline || style.boxShadow !== 'none';
    return { tag: el.tagName, name, visible };
  });

/**
 * Presses Tab until the focused element's name matches, checking at every stop that the focus
 * indicator is visible. Fails if the control is not reached within `limit` presses.
 */
async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  const seen: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag !== 'BODY' && f.tag !== '') expect(f.visible, `focus indicator on ${f.tag} "${f.name}"`).toBe(true);
    seen.push(f.name.slice(0, 40));
    if (matches(f.name)) return;
  }
  throw new Error(`Did not reach "${String(name)}" by Tab; stops were: ${seen.join(' | ')}`);
}

/** After following a link, focus moves to the new page's heading. */
async function expectHeadingFocused(page: Page, heading: RegExp): Promise<void> {
  await expect.poll(async () => (await focused(page)).tag).toBe('H1');
  expect((await focused(page)).name).toMatch(heading);
}

it('walks the whole journey by keyboard alone with focus always visible and managed', async () => {
  const { page } = browser;
  await page.goto(new URL('#/', inject('baseURL')).href);
  await page.locator('h1').waitFor();

  // Create an assessment of the bundled EIF4SCC questionnaire.
  await tabTo(page, 'Create an assessment');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, /assessment/i);
  await tabTo(page, 'Name of the city or community');
  await page.keyboard.type('Tallinn');
  await tabTo(page, 'Country');
  await page.keyboard.type('Estonia');
  const checkboxes = page.getByRole('group', { name: 'Questionnaires to include' }).getByRole('checkbox');
  for (const box of await checkboxes.all()) {
    const label = await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
    const wanted = label === 'EIF4SCC interoperability self-assessment';
    if (wanted !== (await box.isChecked())) {
      await page.getByLabel('Country').focus();
      await tabTo(page, label);
      await page.keyboard.press('Space');
    }
  }
  await tabTo(page, 'Create and start answering');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /^Tallinn/ }).waitFor();
  await expectHeadingFocused(page, /^Tallinn/);

  // Answer the first item: arrow keys move between levels, then a note is typed.
  await tabTo(page, /^Level 1: /);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, /^Note/);
  await page.keyboard.type('Strategy adopted by the council in 2025.');
  await page.locator('[data-save-state="saved"]').waitFor();
  const firstItem = page.locator('section[data-item-id]').first();
  expect(await firstItem.locator('input[type=radio]:checked').getAttribute('value')).toBe('3');

  // Results, plan and methodology are reached by the assessment's navigation.
  for (const [link, heading] of [
    ['Results', /Results/],
    ['Improvement plan', /Improvement plan/],
    ['Methodology', /Methodology/],
  ] as const) {
    await page.locator('h1').focus();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, heading);
  }
  // The results' numbers are reachable as tables.
  await page.locator('h1').focus();
  await tabTo(page, 'Results');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, /Results/);
  expect(await page.getByRole('table').count()).toBeGreaterThan(0);

  // Benchmark: load the demonstration pool and compare with it, by keyboard.
  await page.locator('h1').focus();
  await tabTo(page, 'Benchmark');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, /Benchmark/);
  await tabTo(page, 'Load the SYNTHETIC demonstration pool');
  await page.keyboard.press('Enter');
  await page.getByText(/Imported 2000 records/).waitFor();
  await page.locator('h1').focus();
  await tabTo(page, 'Compare with SYNTHETIC demonstration pool');
  // A freshly imported pool is chosen for the comparison; Space toggles it like any checkbox.
  const compare = page.getByRole('checkbox', { name: 'Compare with SYNTHETIC demonstration pool' });
  if (!(await compare.isChecked())) await page.keyboard.press('Space');
  await expect.poll(() => compare.isChecked()).toBe(true);
  await page.getByTestId('synthetic-banner').waitFor();
  expect(await page.getByTestId('overall-table').count()).toBe(1);

  // Report and export: the report language and the download are reached and used by keyboard.
  await page.locator('h1').focus();
  await tabTo(page, 'Report and export');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, /Report and export/);
  await tabTo(page, 'Language of the report');
  await page.keyboard.type('Eesti');
  expect(await page.getByLabel('Language of the report').inputValue()).toBe('et');
  await tabTo(page, 'Download the PDF report');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/^report-tallinn-.*-et\.pdf$/);

  // A dialog takes focus, keeps it inside, and gives it back to its opener on Escape.
  await page.locator('h1').focus();
  await tabTo(page, 'Assessments');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, /Assessments/);
  await tabTo(page, 'Delete Tallinn 2026');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  // Focus starts inside; Tab never reaches the inert page behind (past the last button the
  // browser may hand focus to its own interface, which leaves the document's focus on <body>).
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => {
      const el = document.activeElement;
      return el === null || el === document.body || el.closest('dialog') !== null;
    });
    expect(inside).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await focused(page)).name).toBe('Delete Tallinn 2026');
  expect(await page.getByRole('button', { name: 'Delete Tallinn 2026' }).count()).toBe(1);
});
