import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';
import { AppModel } from './pages/app';

const GEN_A = 'MIMs self-assessment, generation A (MIMs Plus v5.0)';

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

it('moves a MIMs Plus v5.0 assessment to the current generation with a report, archiving what has no successor', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Eindhoven', country: 'Netherlands', year: 2023 }, [GEN_A]);
  // MIM1 Context: the broker and the query capability merge (lower level wins); the entity model splits.
  await app.chooseLevel('a-mim1-context-broker', 4, 'Sustainable');
  await app.chooseLevel('a-mim1-query', 3, 'Essential');
  await app.chooseLevel('a-mim1-subscriptions', 5, 'Seamless');
  await app.chooseLevel('a-mim1-information-model', 2, 'Opportunistic');
  await app.waitSaved();
  // MIM5 Transparency has no successor.
  await page.getByRole('link', { name: /MIM5/ }).click();
  await app.chooseLevel('a-mim5-procurement-clauses', 4, 'Sustainable');
  await app.item('a-mim5-procurement-clauses').getByLabel('Notes').fill('Algorithm clauses since 2021');
  await app.waitSaved();

  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  await page.getByRole('button', { name: /^Preview: .*v5\.0.* 1\.0\.0 → .*current generation.* 1\.0\.0$/ }).click();
  const report = page.getByTestId('migration-report');
  await report.waitFor();
  expect(await report.getByRole('heading', { name: '1 answer carried' }).count()).toBe(1);
  expect(await report.getByRole('heading', { name: '1 merged question' }).count()).toBe(1);
  expect(await report.getByRole('heading', { name: '1 split question (flagged for review)' }).count()).toBe(1);
  expect(await report.getByRole('heading', { name: '1 answer archived (no successor)' }).count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: /^Move the assessment to / }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Move the assessment' }).click();
  await page.getByRole('heading', { name: /^Moved to / }).waitFor();
  const archived = page.getByTestId('archived-table');
  await archived.waitFor();
  expect(await archived.innerText()).toContain('Algorithm clauses since 2021');
  expect(await archived.innerText()).toContain('Level 4: Sustainable');

  // The answers now live in the current generation; the merge took the lower level.
  await page.reload();
  await page.getByRole('link', { name: 'Answer', exact: true }).click();
  await app.item('b-mim0-query-filter').waitFor();
  expect(await app.checkedLevel('b-mim0-query-filter')).toBe('3');
  expect(await app.checkedLevel('b-mim0-subscriptions')).toBe('5');
  await page.getByRole('link', { name: /MIM1 Interlinking/ }).click();
  await app.item('b-mim1-unique-ids').waitFor();
  expect(await app.checkedLevel('b-mim1-unique-ids')).toBe('2');
  expect(await app.item('b-mim1-unique-ids').getByLabel('Flag for follow-up').isChecked()).toBe(true);
  await page.getByRole('link', { name: 'Versions', exact: true }).click();
  await archived.waitFor();
  expect(await archived.innerText()).toContain('Algorithm clauses since 2021');
  expect(await page.getByText('No other version with a declared migration').count()).toBe(1);
});

it('links an EIF4SCC item to the MIM items that implement it, and back', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Espoo', country: 'Finland', year: 2026 }, [
    'EIF4SCC interoperability self-assessment',
    'MIMs self-assessment, current generation (OASC MIMs, MIMs Plus 9.0 draft)',
  ]);
  await page.getByRole('link', { name: /^Technical interoperability/ }).click();
  const related = app.item('tech-apis').locator('.related-list');
  await related.waitFor();
  const link = related.getByRole('link').first();
  const target = await link.textContent();
  await link.click();
  await page.getByRole('heading', { level: 2, name: 'MIM0 Accessing Data' }).waitFor();
  const back = page
    .locator('section[data-item-id]')
    .filter({ hasText: target ?? '' })
    .locator('.related-list');
  expect(await back.innerText()).toContain('documented APIs');
  expect(await axeViolations(page)).toEqual([]);
});
