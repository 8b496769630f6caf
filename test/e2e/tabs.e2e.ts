import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

/** Two tabs (pages of one browser context) on the same assessment. */

let browser: Browser;
let a: AppModel;
let b: AppModel;

beforeEach(async () => {
  browser = await launchBrowser();
  a = new AppModel(browser.page, inject('baseURL'));
  await a.open();
  await a.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await browser.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await a.createAssessment({ name: 'Aarhus', country: 'Denmark', year: 2026 });
  const second = await browser.context.newPage();
  second.on('pageerror', (error) => {
    throw new Error(`Uncaught error in the second tab: ${error.message}`);
  });
  b = new AppModel(second, inject('baseURL'));
  await second.goto(browser.page.url());
  await b.item('gov-strategy').waitFor();
});

afterEach(async () => {
  await browser.close();
});

const notes = (tab: AppModel, itemId: string) => tab.item(itemId).getByLabel('Notes');

/** Reads the stored answers straight from IndexedDB, as the database holds them. */
async function storedAnswers(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = indexedDB.open('eif4scc-self-assessment');
        request.onerror = () => reject(new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('answers').objectStore('answers').getAll();
          all.onsuccess = () => {
            db.close();
            const rows = all.result as { itemId: string; value: unknown; note: string }[];
            resolve(Object.fromEntries(rows.map((r) => [r.itemId, { value: r.value, note: r.note }])));
          };
        };
      }),
  );
}

it('shows a change made in one tab in the other without a reload', async () => {
  await a.chooseLevel('gov-strategy', 3, 'Essential');
  await expect.poll(() => b.checkedLevel('gov-strategy')).toBe('3');
  await notes(b, 'gov-owner').fill('Agreed with the IT board');
  await expect.poll(() => notes(a, 'gov-owner').inputValue()).toBe('Agreed with the IT board');
  await b.item('gov-strategy').getByRole('button', { name: 'Clear the answer' }).click();
  await expect.poll(() => a.checkedLevel('gov-strategy')).toBe(null);
});

it('does not rewrite a note while the user is typing in it; shows the other tab’s text afterwards', async () => {
  await notes(a, 'gov-owner').click();
  await notes(b, 'gov-owner').fill('from the other tab');
  await b.waitSaved();
  // Give the change time to arrive; the focused field keeps what its user sees.
  await expect.poll(() => storedAnswers(b.page)).toMatchObject({ 'gov-owner': { note: 'from the other tab' } });
  await a.page.waitForTimeout(300);
  expect(await notes(a, 'gov-owner').inputValue()).toBe('');
  await a.item('gov-owner').getByLabel('Flag for follow-up').focus();
  await expect.poll(() => notes(a, 'gov-owner').inputValue()).toBe('from the other tab');
});

it('keeps concurrent changes to different items from both tabs', async () => {
  await Promise.all([
    a.chooseLevel('gov-strategy', 2, 'Opportunistic'),
    b.chooseLevel('gov-owner', 4, 'Sustainable'),
    notes(a, 'gov-strategy').fill('tab A'),
    notes(b, 'gov-owner').fill('tab B'),
  ]);
  for (const tab of [a, b]) {
    await expect.poll(() => tab.checkedLevel('gov-strategy')).toBe('2');
    await expect.poll(() => tab.checkedLevel('gov-owner')).toBe('4');
    await expect.poll(() => notes(tab, 'gov-strategy').inputValue()).toBe('tab A');
    await expect.poll(() => notes(tab, 'gov-owner').inputValue()).toBe('tab B');
  }
  await a.page.reload();
  await a.item('gov-strategy').waitFor();
  expect([await a.checkedLevel('gov-strategy'), await a.checkedLevel('gov-owner')]).toEqual(['2', '4']);
});

it('ends concurrent changes to the same item with the last write, in both tabs and in storage', async () => {
  await a.chooseLevel('gov-strategy', 1, 'Ad hoc');
  await b.chooseLevel('gov-strategy', 5, 'Seamless');
  for (const tab of [a, b]) await expect.poll(() => tab.checkedLevel('gov-strategy')).toBe('5');
  expect(await storedAnswers(a.page)).toMatchObject({ 'gov-strategy': { value: 5 } });

  // At the same moment: whichever change is later wins, and both tabs agree with the database.
  for (let round = 0; round < 5; round += 1) {
    await Promise.all([a.chooseLevel('gov-owner', 2, 'Opportunistic'), b.chooseLevel('gov-owner', 3, 'Essential')]);
    await expect
      .poll(async () => {
        const [inA, inB, stored] = [
          await a.checkedLevel('gov-owner'),
          await b.checkedLevel('gov-owner'),
          await storedAnswers(a.page),
        ];
        const value = (stored['gov-owner'] as { value: unknown } | undefined)?.value;
        return inA === inB && inA === String(value);
      })
      .toBe(true);
  }
});

it('when another tab upgrades the database: asks to reload, loses no change, keeps a later one', async () => {
  await a.chooseLevel('gov-strategy', 4, 'Sustainable');
  await a.waitSaved();
  // The other tab opens the same database at a newer version (as a newer app would).
  const upgraded = await b.page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('eif4scc-self-assessment', 1000);
        request.onupgradeneeded = () => undefined;
        request.onerror = () => reject(new Error(request.error?.message));
        request.onsuccess = () => {
          resolve(request.result.version);
          request.result.close();
        };
      }),
  );
  expect(upgraded).toBe(1000);
  const alert = a.page.getByRole('alert').filter({ hasText: 'The app was updated in another tab' });
  await alert.waitFor();
  expect(await alert.getByRole('button', { name: 'Reload' }).count()).toBe(1);
  expect(await storedAnswers(b.page)).toMatchObject({ 'gov-strategy': { value: 4 } });

  // A change after the upgrade cannot reach the database: it says "not saved" and stays in the journal.
  await a.chooseLevel('gov-owner', 2, 'Opportunistic');
  await a.page.locator('[data-save-state="error"]').waitFor();
  expect(await a.page.locator('[data-save-state="error"]').textContent()).toContain(
    "kept in this browser's recovery journal",
  );
  const journal = await a.page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('eif4scc.journal.'))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}') as { itemId: string; value: unknown }),
  );
  expect(journal).toMatchObject([{ itemId: 'gov-owner', value: 2 }]);

  // Reloading, as the banner asks, writes the kept change into the upgraded database.
  await a.page.getByRole('button', { name: 'Reload' }).click();
  await a.item('gov-owner').waitFor();
  expect([await a.checkedLevel('gov-strategy'), await a.checkedLevel('gov-owner')]).toEqual(['4', '2']);
  expect(await storedAnswers(b.page)).toMatchObject({ 'gov-strategy': { value: 4 }, 'gov-owner': { value: 2 } });
});
