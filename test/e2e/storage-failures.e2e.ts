import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

/** The browser's storage fails under the app: it says so, loses nothing, and does what it still can. */

let browser: Browser;
let app: AppModel;

beforeEach(async () => {
  browser = await launchBrowser();
  app = new AppModel(browser.page, inject('baseURL'));
});

afterEach(async () => {
  await browser.close();
});

/**
 * Installed before any script of the app runs: while `window.__quotaFull` is true, writing an answer
 * fails the way a full disk or an exhausted origin quota makes IndexedDB fail.
 */
async function injectQuotaFault(): Promise<void> {
  await browser.context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as { __quotaFull?: boolean }).__quotaFull && this.name === 'answers')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

const setQuotaFull = (page: Page, full: boolean) =>
  page.evaluate((value) => {
    (window as { __quotaFull?: boolean }).__quotaFull = value;
  }, full);

const journal = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('eif4scc.journal.'))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as { itemId: string; value: unknown }),
  );

async function storedValue(page: Page, itemId: string): Promise<unknown> {
  return page.evaluate(
    (id) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('eif4scc-self-assessment');
        request.onerror = () => reject(new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('answers').objectStore('answers').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { itemId: string; value: unknown }[]).find((r) => r.itemId === id)?.value);
          };
        };
      }),
    itemId,
  );
}

it('a full disk: says "not saved", keeps the change in the journal, and commits it when storage works again', async () => {
  await injectQuotaFault();
  await app.open();
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await browser.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await app.createAssessment({ name: 'Lyon', country: 'France', year: 2026 });
  const { page } = browser;

  await setQuotaFull(page, true);
  await app.chooseLevel('gov-strategy', 4, 'Sustainable');
  const status = page.locator('[data-save-state="error"]');
  await status.waitFor();
  expect(await status.textContent()).toBe(
    'Not saved: this browser has no storage space left. Free some space or export your assessment, then try again. ' +
      "Your change is kept in this browser's recovery journal and will be saved as soon as storage works again.",
  );
  expect(await axeViolations(page)).toEqual([]);
  expect(await journal(page)).toMatchObject([{ itemId: 'gov-strategy', value: 4 }]);
  expect(await storedValue(page, 'gov-strategy')).toBeUndefined();

  // Space is freed; "Try saving again" writes the kept change.
  await setQuotaFull(page, false);
  await page.getByRole('button', { name: 'Try saving again' }).click();
  await app.waitSaved();
  expect(await storedValue(page, 'gov-strategy')).toBe(4);
  expect(await journal(page)).toEqual([]);

  // Full again; this time the page is reloaded once the fault is gone: the change is there.
  await setQuotaFull(page, true);
  await app.chooseLevel('gov-owner', 2, 'Opportunistic');
  await app.item('gov-owner').getByLabel('Notes').fill('kept through a full disk');
  await status.waitFor();
  expect(await storedValue(page, 'gov-owner')).toBeUndefined();
  await page.reload();
  await app.item('gov-owner').waitFor();
  expect(await app.checkedLevel('gov-owner')).toBe('2');
  expect(await app.item('gov-owner').getByLabel('Notes').inputValue()).toBe('kept through a full disk');
  expect(await storedValue(page, 'gov-owner')).toBe(2);
  expect(await journal(page)).toEqual([]);
});

for (const [how, fault] of [
  [
    'IndexedDB refuses to open (as in some private windows)',
    () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      };
    },
  ],
  [
    'IndexedDB is missing',
    () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    },
  ],
] as const) {
  it(`${how}: explains it, still shows the bundled questionnaires, and refuses to create an assessment`, async () => {
    await browser.context.addInitScript(fault);
    await app.open();
    const { page } = browser;
    const banner = page.getByRole('alert').filter({ hasText: 'The app cannot store data in this browser' });
    await banner.waitFor();
    expect(await banner.textContent()).toContain('You can still read the questionnaires that come with the app');
    await page.getByText('The assessments stored on this device could not be read.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Questionnaires', exact: true }).click();
    await page.getByRole('rowheader', { name: /EIF4SCC interoperability self-assessment/ }).waitFor();
    expect(await page.getByRole('rowheader').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Assessments', exact: true }).click();
    await page.getByRole('link', { name: 'Create an assessment' }).click();
    await page.getByLabel('Name of the city or community').fill('Porto');
    await page.getByLabel('Country').selectOption({ label: 'Portugal' });
    await page.getByRole('button', { name: 'Create and start answering' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Not saved: this browser does not allow the app to store data' })
      .first()
      .waitFor();
    expect(await app.heading().textContent()).toBe('Create an assessment');
  });
}

it('another tab keeps an older version of the database open: says which problem, then starts once it closes', async () => {
  const { page } = browser;
  const old = await browser.context.newPage();
  // A page of the same origin that is not the app holds version 1 open and ignores requests to close it.
  await old.goto(new URL('icon.svg', inject('baseURL')).href);
  await old.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('eif4scc-self-assessment', 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('assessments', { keyPath: 'id' });
          db.createObjectStore('answers', { keyPath: ['assessmentId', 'questionnaireId', 'itemId'] });
          db.createObjectStore('settings', { keyPath: 'key' });
        };
        request.onsuccess = () => {
          (window as { __db?: IDBDatabase }).__db = request.result;
          resolve();
        };
        request.onerror = () => reject(new Error('open failed'));
      }),
  );
  await page.goto(inject('baseURL'));
  const banner = page.getByRole('alert').filter({ hasText: 'another tab holds an older version of the app open' });
  await banner.waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await old.evaluate(() => (window as { __db?: IDBDatabase }).__db?.close());
  await app.expectHeading('Assessments on this device');
  await expect.poll(() => banner.count()).toBe(0);
});
