import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { launchBrowser, type Browser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

// Guards the guard: the axe check must report a known violation, or the zero above means nothing.
it('reports violations on a page that has them', async () => {
  await browser.page.setContent(
    '<html lang="en"><body><main><img src="data:,"><button></button><p style="color:#bbb;background:#fff">Low contrast</p></main></body></html>',
  );
  const violations = await axeViolations(browser.page);
  expect(violations.map((v) => v.split(':')[0])).toEqual(
    expect.arrayContaining(['image-alt', 'button-name', 'color-contrast']),
  );
});
