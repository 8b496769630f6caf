import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { AppModel } from './pages/app';

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

it('lets a city answer all 30 EIF4SCC items, each with its rubric, provenance and evidence examples', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Lyon', country: 'France', year: 2026 }, [
    'EIF4SCC interoperability self-assessment',
  ]);
  const seen = new Set<string>();
  for (;;) {
    const cards = page.locator('section[data-item-id]');
    await cards.first().waitFor();
    for (const card of await cards.all()) {
      const id = (await card.getAttribute('data-item-id')) as string;
      seen.add(id);
      // Five rubric levels and "not applicable", each with its description; provenance; evidence examples.
      expect(await card.locator('.levels .level').count(), id).toBe(6);
      expect(
        await card.locator('.rubric').evaluateAll((els) => els.every((e) => (e.textContent ?? '').trim().length > 20)),
        id,
      ).toBe(true);
      expect(await card.locator('.provenance').innerText(), id).toMatch(/EIF4SCC: .+/);
      expect(await card.locator('.evidence-examples li').count(), id).toBeGreaterThanOrEqual(2);
      await card
        .locator('input[type=radio]')
        .nth(seen.size % 5)
        .check();
    }
    await app.waitSaved();
    const next = page.getByRole('button', { name: /^Next: / });
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll('section[data-item-id]').length > 0 &&
        !document.querySelector(`section[data-item-id="${n}"]`),
      [...seen].at(-1),
    );
  }
  expect(seen.size).toBe(30);
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect
    .poll(() => page.getByTestId('overall-coverage').textContent())
    .toContain('100% of the applicable questions answered.');
  // The three items bound to verified official recommendations show their numbers.
  await page.getByRole('link', { name: 'Answer', exact: true }).click();
  await page.getByRole('link', { name: /Local data ecosystem/ }).click();
  expect(await app.item('cm-data-ecosystem').locator('.provenance').innerText()).toContain('Recommendation 12');
});
