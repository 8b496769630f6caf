import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';

const root = join(import.meta.dirname, '..', '..');
type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );
const readJson = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

/**
 * English sentences that must not appear when the interface is in `language`: every English string
 * of two words or more, with placeholders cut out, that the language's translation does not share.
 */
function englishFragments(language: string): string[] {
  const en = new Map(flatten(readJson<Tree>('locales/en/translation.json')));
  const other = new Map(flatten(readJson<Tree>(`locales/${language}/translation.json`)));
  const fragments = new Set<string>();
  for (const [key, text] of en) {
    const base = key.replace(/_(one|other)$/, '');
    const translated = [...other].filter(([k]) => k === key || k.startsWith(`${base}_`)).map(([, v]) => v);
    for (const part of text.split(/\{\{\s*\w+\s*\}\}/)) {
      const fragment = part.trim().replace(/[.:,;]$/, '');
      if (fragment.split(/\s+/).length >= 2 && !translated.some((t) => t.includes(fragment))) fragments.add(fragment);
    }
  }
  // Questionnaire content in English: the EIF4SCC questions.
  const eif = readJson<{
    framework: { source: string };
    items: { question: string; provenance: { assesses: string } }[];
  }>('questionnaires/eif4scc/1.0.0.json');
  fragments.add(eif.framework.source);
  for (const item of eif.items) {
    fragments.add(item.question.slice(0, 40));
    fragments.add(item.provenance.assesses);
  }
  return [...fragments];
}

async function expectNoEnglish(page: Page, language: string, screen: string): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  const found = englishFragments(language).filter((f) => text.includes(f));
  expect(found, `${screen} in ${language}`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
}

/** Text that does not fit: the page scrolls sideways, or a control's text is cut off. */
async function expectNoOverflow(page: Page, language: string, screen: string): Promise<void> {
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      out.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, a, label, th, td, legend, h1, h2, h3, option, summary',
    )) {
      if (el.offsetParent === null) continue;
      const style = getComputedStyle(el);
      const clips = style.overflow !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1)
        out.push(`${el.tagName} "${el.innerText.slice(0, 40)}" is cut off`);
    }
    return out;
  });
  expect(problems, `${screen} in ${language}`).toEqual([]);
}

let browser: Browser | undefined;
afterEach(async () => {
  await browser?.close();
});

// E2E_LANGUAGES=de,fr checks other languages (while translating).
const LANGUAGES = process.env.E2E_LANGUAGES?.split(',') ?? ['el', 'bg', 'ga', 'mt', 'fi', 'hu'];

describe.each(LANGUAGES)('the app in %s', (language) => {
  it('shows no English on any screen and no text is cut off', async () => {
    browser = await launchBrowser({ locale: 'en-GB' });
    const { page } = browser;
    const base = inject('baseURL');
    await page.goto(base);
    await page.locator('header select').selectOption(language);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
    const check = async (screen: string) => {
      await page.locator('h1').waitFor();
      await expectNoEnglish(page, language, screen);
      await expectNoOverflow(page, language, screen);
    };

    await check('assessment list (empty)');
    await page.goto(new URL('#/new', base).href);
    await page.locator('input[name=name]').waitFor();
    await check('create form');
    await page.locator('form button[type=submit]').click();
    await page.locator('[role=alert]').waitFor();
    await check('create form with errors');
    await page.locator('input[name=name]').fill('Πάτρα-Пловдив-Gaillimh-Birżebbuġa');
    await page.locator('form button[type=submit]').click();
    await page.locator('section[data-item-id]').first().waitFor();
    await page.locator('section[data-item-id] input[type=radio]').first().check();
    await page.locator('[data-save-state=saved]').waitFor();
    await check('answering');
    for (const section of ['results', 'plan', 'methodology', 'trend', 'versions', 'export']) {
      await page.locator(`nav.tabs a[href*="/${section}"]`).first().click();
      await page.waitForFunction(
        (name) => location.hash.includes(`/${name}`) && !document.querySelector('.loading'),
        section,
      );
      await check(section);
    }
    await page.goto(new URL('#/', base).href);
    await check('assessment list');
    await page.goto(new URL('#/library', base).href);
    await page.locator('table').waitFor();
    await check('library');
    await page.goto(new URL('#/settings', base).href);
    await check('settings');
  });
});
