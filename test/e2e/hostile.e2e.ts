import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { hostileQuestionnaire } from '../fixtures/hostile';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { AppModel } from './pages/app';

/** Hostile questionnaire files through the Library screen: shown as text, never run; bad ones refused. */

let browser: Browser;
let app: AppModel;
let dir: string;

beforeEach(async () => {
  browser = await launchBrowser();
  app = new AppModel(browser.page, inject('baseURL'));
  dir = await mkdtemp(join(tmpdir(), 'eif4scc-hostile-'));
  await app.open();
});

afterEach(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

/** Nothing ran and no markup from the file became an element. */
async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(
    await page.evaluate(
      () => document.querySelectorAll('img[src="x"], svg[onload], script:not([src]), a[href^="javascript:" i]').length,
    ),
  ).toBe(0);
}

it('shows every script and HTML payload of a loaded questionnaire as literal text, on the Library and while answering', async () => {
  const { page } = browser;
  const { document, texts } = hostileQuestionnaire();
  const title = texts[0] ?? '';
  const file = join(dir, 'hostile.json');
  await writeFile(file, JSON.stringify(document));
  await app.loadQuestionnaireFile(file);
  await page.getByText(`Loaded ${title}, version 1.0.0.`, { exact: true }).waitFor();
  await page.getByRole('rowheader', { name: title }).waitFor();
  expect(await page.getByRole('rowheader', { name: title }).textContent()).toContain(title);
  await expectNothingRan(page);
  expect(await axeViolations(page)).toEqual([]);

  await app.createAssessment({ name: 'Valletta', country: 'Malta', year: 2026 }, [title]);
  const body = await page.locator('main').innerText();
  // The first group's texts: its title and description, its items' questions, reasons, rubrics,
  // evidence examples, provenance and the scale labels, each exactly as written in the file.
  const shown = texts.filter((text) => body.includes(text));
  expect(shown.length).toBeGreaterThan(20);
  for (const text of [
    '<script>window.__pwned=1</script>',
    '<img src=x onerror="window.__pwned=1">',
    'javascript:window.__pwned=1',
  ])
    expect(
      shown.some((t) => t.endsWith(text)),
      text,
    ).toBe(true);
  await expectNothingRan(page);

  // A javascript: address typed as evidence is refused; a stored one is shown as text, not as a link.
  const item = page.locator('section[data-item-id="gov-strategy"]');
  await item.getByLabel('Address (https://…)').fill('javascript:window.__pwned=1');
  await item.getByRole('button', { name: 'Add link' }).click();
  await item.getByText('Enter a full web address starting with https:// or http://.').waitFor();
  await item.getByLabel('Description').fill('Mail the CDO');
  await item.getByLabel('Address (https://…)').fill('mailto:cdo@valletta.example');
  await item.getByRole('button', { name: 'Add link' }).click();
  expect(await item.getByRole('link', { name: 'Mail the CDO' }).getAttribute('href')).toBe(
    'mailto:cdo@valletta.example',
  );
  await app.waitSaved();
  const assessmentId = /#\/assessments\/([^/]+)/.exec(page.url())?.[1] ?? '';
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('eif4scc-self-assessment');
        request.onsuccess = () => {
          const tx = request.result.transaction('answers', 'readwrite');
          tx.objectStore('answers').put({
            assessmentId: id,
            questionnaireId: 'hostile',
            itemId: 'gov-owner',
            value: null,
            note: '<img src=x onerror="window.__pwned=1">',
            evidence: [{ label: 'evil link', url: 'javascript:window.__pwned=1' }],
            flagged: true,
            plan: null,
            updatedAt: new Date().toISOString(),
          });
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('write failed'));
        };
      }),
    assessmentId,
  );
  await page.reload();
  const owner = page.locator('section[data-item-id="gov-owner"]');
  await owner.getByText('evil link').waitFor();
  expect(await owner.getByRole('link', { name: 'evil link' }).count()).toBe(0);
  expect(await owner.getByLabel('Notes').inputValue()).toBe('<img src=x onerror="window.__pwned=1">');
  await expectNothingRan(page);
  expect(await axeViolations(page)).toEqual([]);
});

it('refuses a 100 MB file by its size before reading it, and deep or prototype-polluting files, storing nothing', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Questionnaires', exact: true }).click();
  const rows = page.getByRole('rowheader');
  await rows.first().waitFor();
  const before = await rows.count();

  const huge = join(dir, 'huge-questionnaire.json');
  await writeFile(huge, '');
  await truncate(huge, 100 * 1024 * 1024);
  await page.getByLabel('Questionnaire file (JSON)').setInputFiles(huge);
  await page.getByText('huge-questionnaire.json was not loaded:').waitFor();
  await page.getByText('File is too large: 100 MB; at most 5 MB is accepted. Nothing was read or stored.').waitFor();

  const deep = join(dir, 'deep.json');
  await writeFile(deep, '['.repeat(100_000) + ']'.repeat(100_000));
  await page.getByLabel('Questionnaire file (JSON)').setInputFiles(deep);
  await page.getByText('deep.json was not loaded:').waitFor();
  await page.getByText('Nested more than 64 levels deep; not a valid file').waitFor();

  const polluting = join(dir, 'proto.json');
  await writeFile(polluting, '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}');
  await page.getByLabel('Questionnaire file (JSON)').setInputFiles(polluting);
  await page.getByText('proto.json was not loaded:').waitFor();
  await page.getByText('The key "__proto__" is not allowed').waitFor();
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await axeViolations(page)).toEqual([]);

  await page.reload();
  await rows.first().waitFor();
  expect(await rows.count()).toBe(before);
});
