import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, waitForServiceWorker, type Browser } from './browser';
import { docxText, download, pdfText, squash } from './documents';
import { AppModel } from './pages/app';

const root = join(import.meta.dirname, '..', '..');
const json = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
type Locale = { report: { title: string; summary: { title: string } } };
type Content = { content: { items: Record<string, { question: string }> } };

let browser: Browser;
let app: AppModel;

beforeAll(async () => {
  browser = await launchBrowser();
  app = new AppModel(browser.page, inject('baseURL'));
  await app.open();
  await waitForServiceWorker(browser.page);
  await app.createAssessment({ name: 'Θεσσαλονίκη', country: 'Greece', year: 2026 }, [
    'EIF4SCC interoperability self-assessment',
  ]);
  await app.chooseLevel('pr-accessibility', 2, 'Opportunistic');
  await app.chooseLevel('pr-multilingual', 4, 'Sustainable');
  await app.item('pr-accessibility').getByLabel('Notes').fill('Audit of 2025: two sites not yet conformant.');
  await app.waitSaved();
});

afterAll(async () => {
  await browser.close();
});

it('downloads the PDF and the Word report in another language than the interface', async () => {
  const { page } = browser;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const exportLibraries = () => requested.filter((url) => /pdf-browser|docx-browser|NotoSans/.test(url));
  await page.getByRole('link', { name: 'Report and export', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Report and export: Θεσσαλονίκη 2026' }).waitFor();
  const select = page.getByLabel('Language of the report');
  expect(await select.inputValue()).toBe('en'); // defaults to the interface language
  expect(await axeViolations(page)).toEqual([]);
  // The screen itself does not load the PDF and Word libraries or the fonts: the click does.
  expect(exportLibraries()).toEqual([]);
  await select.selectOption('el');

  const el = json<Locale>('locales/el/translation.json').report;
  const question = json<Content>('questionnaires/eif4scc/i18n/1.0.0/el.json').content.items['pr-accessibility']
    ?.question;
  if (!question) throw new Error('no Greek question');

  const pdf = await download(page, 'Download the PDF report');
  expect(pdf.name).toMatch(/^report-θεσσαλονικη-\d{4}-\d{2}-\d{2}-el\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(exportLibraries().length).toBeGreaterThanOrEqual(3);
  const text = pdfText(pdf.bytes);
  expect(text).toContain(el.title);
  expect(text).toContain(el.summary.title);
  expect(text).toContain(squash(question));
  expect(text).toContain('Audit of 2025: two sites not yet conformant.');
  const status = page.getByTestId('export-status');
  await expect.poll(() => status.getAttribute('data-state')).toBe('done');
  expect(await status.textContent()).toContain(pdf.name);

  const docx = await download(page, 'Download the Word report (.docx)');
  expect(docx.name).toMatch(/^report-θεσσαλονικη-\d{4}-\d{2}-\d{2}-el\.docx$/);
  const word = await docxText(docx.bytes);
  expect(word.text).toContain(el.title);
  expect(word.text).toContain(squash(question));
  // The browser draws the charts into the Word document as pictures.
  expect(word.images).toBeGreaterThan(0);
  // The interface stays in English.
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await axeViolations(page)).toEqual([]);
});

it('makes a report with the network off once the service worker controls the page', async () => {
  const { page, context } = browser;
  await context.setOffline(true);
  try {
    // Really offline: what the service worker does not hold cannot be fetched.
    const online = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.txt`).then(
        () => true,
        () => false,
      ),
    );
    expect(online).toBe(false);
    await page.reload();
    await page.getByLabel('Language of the report').selectOption('bg');
    const pdf = await download(page, 'Download the PDF report');
    expect(pdf.name).toMatch(/-bg\.pdf$/);
    expect(pdfText(pdf.bytes)).toContain(json<Locale>('locales/bg/translation.json').report.title);
  } finally {
    await context.setOffline(false);
  }
});

it('prints the results with their charts and without the navigation', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await page.locator('.chart svg').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  try {
    const charts = page.locator('.chart svg');
    expect(await charts.count()).toBe(2);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(100);
    }
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('nav.tabs').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfText(pdf)).toContain('Scores by group');
  } finally {
    await page.emulateMedia({ media: null });
  }
});
