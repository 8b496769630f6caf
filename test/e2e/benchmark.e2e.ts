import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, waitForServiceWorker, type Browser } from './browser';
import { download, pdfText } from './documents';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'peers', name);
const POOL_FILES = 'Pool files (JSON or NDJSON, several at once)';

let browser: Browser;
let app: AppModel;

beforeAll(async () => {
  browser = await launchBrowser();
  app = new AppModel(browser.page, inject('baseURL'));
  await app.open();
  await waitForServiceWorker(browser.page);
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await browser.page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await app.createAssessment({ name: 'Aarhus', country: 'Denmark', year: 2025 });
  // Governance 3 (50, weight 1) and 5 (100, weight 2): (50 + 200) ÷ 3 = 83.333333; data 2 (25); overall 54.166667.
  await app.chooseLevel('gov-strategy', 3, 'Essential');
  await app.chooseLevel('gov-owner', 5, 'Seamless');
  await browser.page.getByRole('button', { name: 'Next: Data' }).click();
  await app.chooseLevel('data-catalogue', 2, 'Opportunistic');
  await app.item('data-models').getByLabel('Not applicable').check();
  await app.waitSaved();
});

afterAll(async () => {
  await browser.close();
});

const row = (table: string, name: RegExp) => browser.page.getByTestId(table).getByRole('row', { name });
const cell = async (table: string, name: RegExp, which: 'median' | 'rank') =>
  row(table, name).locator(`[data-cell="${which}"]`).textContent();

it('imports a hand-made pool through the UI and shows medians and percentile ranks computed by hand', async () => {
  const { page } = browser;
  await page.getByRole('link', { name: 'Benchmark', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Benchmark: Aarhus 2025' }).waitFor();
  expect(await page.getByText('Choose at least one peer pool above to compare.').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel(POOL_FILES).setInputFiles(fixture('seven-peers.json'));
  const outcome = page.getByTestId('import-outcome');
  await outcome.getByText('Imported 7 records into the pool “seven-peers.json”.', { exact: false }).waitFor();
  // Record 8 repeats record 1's id; record 9 has the country "XX".
  expect(await outcome.textContent()).toContain('Duplicates skipped: 1. Invalid records skipped: 1.');
  await outcome.getByText(/Skipped records/).click();
  expect(await page.getByTestId('skipped-records').textContent()).toMatch(
    /seven-peers\.json, at \$\[8\]\.profile\.country:/,
  );
  expect(await page.getByTestId('skipped-records').textContent()).toContain('Duplicate record id "peer-1": skipped');

  await expect.poll(() => page.getByTestId('peer-count').textContent()).toBe('Peers in the group: 7.');
  // Overall of the 7 peers, sorted: 20 40 54.166667 60 70 80 90. Type 7: median = x[3] = 60,
  // q1 at 1.5 = 40 + 0.5 × 14.166667 = 47.1, q3 at 4.5 = 75. Aarhus 54.166667: 2 below, 1 equal → 2.5 ÷ 7 = 35.7%.
  expect(await cell('overall-table', /Overall/, 'median')).toBe('60');
  expect(await cell('overall-table', /Overall/, 'rank')).toBe('35.7%');
  expect(await row('overall-table', /Overall/).innerText()).toMatch(
    /Overall\s+54\.2\s+7\s+20\s+47\.1\s+60\s+75\s+90\s+35\.7%/,
  );
  // Governance: 25 50 75 83.333333 100 100 100 → median 83.3; Aarhus 83.333333: 3 below, 1 equal → 3.5 ÷ 7 = 50%.
  expect(await cell('group-stats', /Governance/, 'median')).toBe('83.3');
  expect(await cell('group-stats', /Governance/, 'rank')).toBe('50%');
  // Question "strategy": 25 50 50 75 75 100 100 → median 75; Aarhus 50: 1 below, 2 equal → 2 ÷ 7 = 28.6%.
  expect(await cell('item-stats', /written interoperability strategy/, 'median')).toBe('75');
  expect(await cell('item-stats', /written interoperability strategy/, 'rank')).toBe('28.6%');
  expect(await page.locator('.chart .box-plot').count()).toBe(1);
  // Two radar series: Aarhus and the peer median.
  expect(await page.locator('.chart .recharts-radar').count()).toBe(2);
  expect(await page.getByTestId('synthetic-banner').count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
});

it('says why there are no statistics below five peers, and restores the peer group on reopening', async () => {
  const { page } = browser;
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Sweden' });
  await expect.poll(() => page.getByTestId('peer-count').textContent()).toBe('Peers in the group: 2.');
  expect(await page.getByTestId('too-few').textContent()).toContain('the group has 2 peers, fewer than 5');
  expect(await page.getByTestId('overall-table').count()).toBe(0);

  // Typed digit by digit, as a keyboard user does: only peer-3 is of 2024.
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel('Year assessed (empty: any year)').pressSequentially('2024');
  await expect.poll(() => page.getByTestId('peer-count').textContent()).toBe('Peers in the group: 1.');
  await page.getByLabel('Year assessed (empty: any year)').fill('');
  await expect.poll(() => page.getByTestId('peer-count').textContent()).toBe('Peers in the group: 7.');

  await page.getByLabel('The most comparable peers (nearest profile)').check();
  await page.getByLabel('Number of peers (at least 5)').fill('5');
  // Aarhus is in the form's default band, 20,000 to 49,999, one band below the peers' 50,000 to 99,999.
  // The five Danish peers: four of 2025 at distance 1, peer-3 of 2024 at 1 + 0.5; the Swedish ones at 3 + 1.
  await expect
    .poll(() => page.getByTestId('peer-count').textContent())
    .toBe('Peers in the group: 5. The least comparable of them is at profile distance 1.5.');
  expect(await row('overall-table', /Overall/).innerText()).toMatch(
    /Overall\s+54\.2\s+5\s+20\s+40\s+54\.2\s+60\s+70\s+50%/,
  );

  await page.reload();
  await expect
    .poll(() => page.getByTestId('peer-count').textContent())
    .toBe('Peers in the group: 5. The least comparable of them is at profile distance 1.5.');
  expect(await page.getByLabel('The most comparable peers (nearest profile)').isChecked()).toBe(true);
});

it('rejects a file of the wrong format version and keeps what is stored; removes a pool after confirmation', async () => {
  const { page } = browser;
  await page.getByLabel(POOL_FILES).setInputFiles(fixture('wrong-version.json'));
  await page.getByText('No record was imported; nothing was stored.', { exact: false }).waitFor();
  expect(await page.getByRole('alert').filter({ hasText: 'These files were not imported' }).textContent()).toContain(
    'wrong-version.json, at $[0].formatVersion: Expected format "eif4scc-benchmark-package" version 1, found "eif4scc-benchmark-package" version 2',
  );
  expect(await page.getByTestId('pool-table').locator('tbody tr').count()).toBe(1);
  await expect.poll(() => page.getByTestId('peer-count').textContent()).toContain('Peers in the group: 5.');

  await page.getByRole('button', { name: 'Remove the pool seven-peers.json' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the pool “seven-peers.json”?' });
  await dialog.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  expect(await page.getByTestId('pool-table').locator('tbody tr').count()).toBe(1);
});

it('shows hostile text literally without running it', async () => {
  const { page } = browser;
  await page.getByLabel('Every peer that matches the filters').check();
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Any' });
  await page.getByLabel(POOL_FILES).setInputFiles(fixture('hostile-name.ndjson'));
  await page.getByText('Imported 6 records into the pool “hostile-name.ndjson”.', { exact: false }).waitFor();
  await expect.poll(() => page.getByTestId('peer-count').textContent()).toBe('Peers in the group: 13.');
  expect(await page.getByTestId('named-peers').textContent()).toBe('<img src=x onerror="window.__pwned=1">');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

it('cancels a large import from its progress bar, storing nothing', async () => {
  const { page } = browser;
  const dir = mkdtempSync(join(tmpdir(), 'pool-'));
  const file = join(dir, 'large.ndjson');
  const root = join(import.meta.dirname, '..', '..');
  const made = spawnSync(process.execPath, [join(root, 'scripts', 'generate-synthetic-pool.mjs'), '--count', '60000', '--format', 'ndjson', '--out', file]); // prettier-ignore
  expect(made.status).toBe(0);
  const rows = await page.getByTestId('pool-table').locator('tbody tr').count();
  await page.getByLabel(POOL_FILES).setInputFiles(file);
  const progress = page.locator('progress');
  await progress.waitFor();
  expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByText('Import cancelled; nothing was stored.').waitFor();
  expect(await progress.count()).toBe(0);
  expect(await page.getByTestId('pool-table').locator('tbody tr').count()).toBe(rows);
  await page.reload();
  await page.getByTestId('pool-table').waitFor();
  expect(await page.getByTestId('pool-table').locator('tbody tr').count()).toBe(rows);
  rmSync(dir, { recursive: true, force: true });
});

it('loads the synthetic demonstration pool offline, labels it and never mixes it with real peers', async () => {
  const { page, context } = browser;
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Load the SYNTHETIC demonstration pool' }).click();
  await page.getByText('Imported 2000 records into the pool “SYNTHETIC demonstration pool”.', { exact: false }).waitFor(); // prettier-ignore
  const demo = page.getByTestId('pool-table').getByRole('row', { name: /SYNTHETIC demonstration pool/ });
  expect(await demo.getByText('SYNTHETIC', { exact: true }).count()).toBe(1);
  expect(await demo.getByRole('checkbox').isDisabled()).toBe(true);
  expect(await demo.innerText()).toContain('Synthetic and real pools cannot be compared together.');
  // Imported pools are kept: the statistics come back offline after a reload.
  await page.reload();
  await expect.poll(() => page.getByTestId('peer-count').textContent()).toBe('Peers in the group: 13.');
  // Removing a pool (after confirmation) takes its peers out of the statistics.
  await page.getByRole('button', { name: 'Remove the pool hostile-name.ndjson' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove the pool' }).click();
  await expect.poll(() => page.getByTestId('peer-count').textContent()).toBe('Peers in the group: 7.');
  await context.setOffline(false);
});

it('labels every statistic of a synthetic peer group', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Tartu', country: 'Estonia', year: 2025 }, ['EIF4SCC interoperability self-assessment']); // prettier-ignore
  await page.getByRole('link', { name: 'Benchmark', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Benchmark: Tartu 2025' }).waitFor();
  // A new assessment starts with no pool chosen; real pools are then locked out while the demo pool is chosen.
  await page.getByRole('checkbox', { name: 'Compare with SYNTHETIC demonstration pool' }).check();
  expect(await page.getByRole('checkbox', { name: 'Compare with seven-peers.json' }).isDisabled()).toBe(true);
  await page.getByTestId('synthetic-banner').waitFor();
  expect(await page.getByTestId('synthetic-banner').textContent()).toContain('not real cities');
  const rows = page.locator('[data-testid$="-stats"] tbody tr, [data-testid="overall-table"] tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(40);
  expect(await rows.filter({ has: page.locator('.badge-synthetic') }).count()).toBe(count);
  expect(await page.getByTestId('package-preview').inputValue()).not.toContain('Tartu');
  await page.getByLabel('Include the name “Tartu” in the package').check();
  expect(JSON.parse(await page.getByTestId('package-preview').inputValue())).toMatchObject({
    format: 'eif4scc-benchmark-package',
    synthetic: false,
    profile: { country: 'EE', name: 'Tartu' },
    questionnaire: { id: 'eif4scc', version: '1.0.0' },
  });
  expect(await axeViolations(page)).toEqual([]);
});

it('puts the chosen peer group, labelled synthetic, in the PDF report', async () => {
  const { page } = browser;
  // Tartu compares with the synthetic demonstration pool (the test before this one).
  await page.getByRole('link', { name: 'Report and export', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Report and export: Tartu 2025' }).waitFor();
  const text = pdfText((await download(page, 'Download the PDF report')).bytes);
  expect(text).toContain('Comparison with peers: EIF4SCC interoperability self-assessment');
  expect(text).toContain('Synthetic demonstration data: these peers are not real cities or communities.');
  expect(text).toMatch(/Peer group: .*Peers in the group: [\d,]+\..*Pool: SYNTHETIC demonstration pool/);
});
