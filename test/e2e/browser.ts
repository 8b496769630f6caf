import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Closes the browser but keeps the profile, so a relaunch sees the same IndexedDB. */
  restart(): Promise<Browser>;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile: real IndexedDB, real service worker. */
export async function launchBrowser(options: { locale?: string; profileDir?: string } = {}): Promise<Browser> {
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'eif4scc-e2e-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: options.locale ?? 'en-GB',
    serviceWorkers: 'allow',
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught error in the page: ${error.message}`);
  });
  const browser: Browser = {
    context,
    page,
    restart: async () => {
      await context.close();
      return launchBrowser({ ...options, profileDir });
    },
    close: async () => {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
  return browser;
}

/** Waits until the service worker controls the page, i.e. the app is available offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}
