import fc from 'fast-check';
import { expect, it } from 'vitest';
import { safeLinkUrl } from './links';

it('makes links of web and mail addresses only', () => {
  expect(safeLinkUrl(' https://example.org/a?b#c ')).toBe('https://example.org/a?b#c');
  expect(safeLinkUrl('http://intranet.city.example')).toBe('http://intranet.city.example');
  expect(safeLinkUrl('mailto:cdo@city.example')).toBe('mailto:cdo@city.example');
  for (const bad of [
    'javascript:window.__pwned=1',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//example.org',
    '/relative',
    'https://',
    'https://user@evil.example',
    'mailto:x@y.example?body=javascript:alert(1)',
    `https://example.org/${'a'.repeat(2000)}`,
  ])
    expect(safeLinkUrl(bad), bad).toBeUndefined();
});

it('never returns an address that a browser would run as script', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.webUrl(),
        fc.string().map((s) => `javascript:${s}`),
      ),
      (value) => {
        const href = safeLinkUrl(value);
        if (href !== undefined) expect(new URL(href).protocol).toMatch(/^(https?|mailto):$/);
      },
    ),
    { numRuns: 500 },
  );
});
