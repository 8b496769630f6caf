import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { launchBrowser, waitForServiceWorker, type Browser } from './browser';
import { DIST, e2ePort, startPreviewServer, type PreviewServer } from './server';

let browser: Browser | undefined;
let server: PreviewServer | undefined;
let copy: string | undefined;

afterEach(async () => {
  await browser?.close();
  await server?.stop();
  if (copy) await rm(copy, { recursive: true, force: true });
});

it('offers a new version of the app when one is deployed, and switches to it on request', async () => {
  copy = await mkdtemp(join(tmpdir(), 'eif4scc-dist-'));
  await cp(DIST, copy, { recursive: true });
  server = await startPreviewServer(e2ePort(2), copy);
  browser = await launchBrowser();
  const { page } = browser;
  await page.goto(server.url);
  await page.locator('h1').waitFor();
  await waitForServiceWorker(page);

  // "Deploy" a new version: the service worker script changes and the server restarts with it.
  await server.stop();
  await appendFile(join(copy, 'sw.js'), '\n// next release\n');
  server = await startPreviewServer(e2ePort(2), copy);
  await page.reload();
  await page.getByText('A new version of the app is available.').waitFor({ timeout: 30_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(
    true,
  );

  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Use the new version' }).click()]);
  await page.locator('h1').waitFor();
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null))
    .toBeNull();
  expect(await page.getByText('A new version of the app is available.').count()).toBe(0);
});
