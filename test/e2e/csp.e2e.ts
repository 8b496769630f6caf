import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from './browser';
import { AppModel } from './pages/app';
import { DIST } from './server';

/** The Content Security Policy of the build: strict on paper, and enforced by a real browser. */

const html = readFileSync(join(DIST, 'index.html'), 'utf8');

function policy(text: string): Map<string, string[]> {
  return new Map(
    text
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
const csp = policy(meta);

it('has a meta policy before any script, with no inline script and no eval', () => {
  expect(meta).not.toBe('');
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
  expect(scripts).toEqual(["'self'"]);
  const unsafe = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*'];
  for (const directive of ['default-src', 'script-src', 'style-src', 'worker-src', 'connect-src'])
    for (const value of directive === 'connect-src' ? unsafe : [...unsafe, 'data:', 'blob:', 'http:', 'https:'])
      expect(csp.get(directive) ?? [], `${directive} ${value}`).not.toContain(value);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('worker-src')).toEqual(["'self'"]);
  // The build has no inline script for the policy to have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

it('ships a _headers file with the same policy plus what a meta tag cannot say (frame-ancestors)', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const header = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  expect(headers).toContain('X-Content-Type-Options: nosniff');
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await new AppModel(browser.page, inject('baseURL')).open();
});
afterAll(async () => {
  await browser.close();
});

it('is enforced by the browser: injected inline script, eval and Function do not run', async () => {
  const result = await browser.page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('onerror', 'window.__handler = 1');
    handler.setAttribute('src', 'data:,not-an-image');
    document.body.append(handler);
    // Run later, as the page's own task: during the test runner's evaluate call, DevTools allows eval.
    const { evalBlocked, functionBlocked } = await new Promise<{ evalBlocked: boolean; functionBlocked: boolean }>(
      (resolve) =>
        setTimeout(() => {
          let evalBlocked = false;
          let functionBlocked = false;
          try {
            (0, eval)('1');
          } catch {
            evalBlocked = true;
          }
          try {
            new Function('return 1')();
          } catch {
            functionBlocked = true;
          }
          resolve({ evalBlocked, functionBlocked });
        }, 0),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const w = window as { __inline?: unknown; __handler?: unknown };
    return { inline: w.__inline, handler: w.__handler, evalBlocked, functionBlocked, violations };
  });
  expect(result.inline).toBeUndefined();
  expect(result.handler).toBeUndefined();
  expect(result.evalBlocked).toBe(true);
  expect(result.functionBlocked).toBe(true);
  expect(result.violations).toEqual(expect.arrayContaining(['script-src-elem']));
});
