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

const QUESTIONNAIRES = [
  { title: 'EIF4SCC interoperability self-assessment', framework: /EIF4SCC: .+/, items: 30 },
  {
    title: 'MIMs self-assessment, current generation (OASC MIMs, MIMs Plus 9.0 draft)',
    framework: /OASC MIMs \(current framework\): MIM\d/,
    items: 35,
  },
  { title: 'MIMs self-assessment, generation A (MIMs Plus v5.0)', framework: /MIMs Plus v5\.0: MIM\d/, items: 33 },
];

it.each(QUESTIONNAIRES)(
  'lets a city answer every item of $title, with rubric, provenance and evidence',
  async ({ title, framework, items }) => {
    const { page } = browser;
    await app.createAssessment({ name: 'Lyon', country: 'France', year: 2026 }, [title]);
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
          await card
            .locator('.rubric')
            .evaluateAll((els) => els.every((e) => (e.textContent ?? '').trim().length > 20)),
          id,
        ).toBe(true);
        expect(await card.locator('.provenance').innerText(), id).toMatch(framework);
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
    expect(seen.size).toBe(items);
    await page.getByRole('link', { name: 'Results', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('overall-coverage').textContent())
      .toContain('100% of the applicable questions answered.');
  },
);

it('shows the official number on the items bound to verified EIF4SCC recommendations', async () => {
  const { page } = browser;
  await app.createAssessment({ name: 'Nantes', country: 'France', year: 2026 }, [
    'EIF4SCC interoperability self-assessment',
  ]);
  for (const [group, item, number] of [
    [/Local data ecosystem/, 'cm-data-ecosystem', 12],
    [/^Technical interoperability/, 'tech-reuse', 14],
    [/open innovation ecosystem/, 'pr-horizontal-services', 24],
  ] as const) {
    await page.getByRole('navigation', { name: 'Groups of questions' }).getByRole('link', { name: group }).click();
    expect(await app.item(item).locator('.provenance').innerText()).toContain(`Recommendation ${number} (`);
  }
});
