import { afterEach, expect, it } from 'vitest';
import { launchBrowser, waitForServiceWorker, type Browser } from './browser';
import { AppModel, SAMPLE_QUESTIONNAIRE } from './pages/app';
import { e2ePort, startPreviewServer, type PreviewServer } from './server';

let browser: Browser | undefined;
let server: PreviewServer | undefined;

afterEach(async () => {
  await browser?.close();
  await server?.stop();
});

it('starts with the network off after one visit, and saves a change made offline', async () => {
  // Its own server, so that stopping it does not disturb the other end-to-end files.
  server = await startPreviewServer(e2ePort(1));
  browser = await launchBrowser();
  const { page, context } = browser;
  const app = new AppModel(page, server.url);
  await app.open();
  await waitForServiceWorker(page);
  await app.loadQuestionnaireFile(SAMPLE_QUESTIONNAIRE);
  await page.getByText('Loaded Sample questionnaire (test fixture), version 1.0.0.').waitFor();
  await app.createAssessment({ name: 'Valletta', country: 'Malta', year: 2026 });
  const assessmentUrl = page.url();

  await server.stop();
  await context.setOffline(true);
  // The server is really gone: a request that bypasses the service worker fails.
  await expect(fetch(server.url)).rejects.toThrow();

  await page.reload();
  await app.item('gov-strategy').waitFor();
  await app.chooseLevel('gov-strategy', 2, 'Opportunistic');
  await app.waitSaved();

  await page.reload();
  await app.item('gov-strategy').waitFor();
  expect(await app.checkedLevel('gov-strategy')).toBe('2');

  // A cold start offline at the root, then the library and the assessment list still work.
  await page.goto(new URL('#/library', server.url).href);
  await page.getByRole('cell', { name: '1.0.0' }).first().waitFor();
  await page.goto(assessmentUrl);
  await app.item('gov-strategy').waitFor();
  expect(await app.checkedLevel('gov-strategy')).toBe('2');
});
