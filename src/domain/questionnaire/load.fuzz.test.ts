import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { hostileQuestionnaire } from '../../../test/fixtures/hostile';
import { checkFileSize, MAX_JSON_DEPTH, type Result, type ValidationIssue } from '../validation/issues';
import { loadQuestionnaire, loadQuestionnaireText, MAX_QUESTIONNAIRE_BYTES } from './load';
import type { Questionnaire } from './schema';

/** Property-based tests: whatever a file holds, the loader answers with a value or clear issues, never a crash. */

const FILE = 'national-variant.json';
const sampleText = readFileSync(
  join(import.meta.dirname, '../../../test/fixtures/questionnaires/sample-1.0.0.json'),
  'utf8',
);
const sample = (): Record<string, unknown> => JSON.parse(sampleText) as Record<string, unknown>;

function expectClear(result: Result<Questionnaire>): ValidationIssue[] {
  if (result.ok) return [];
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.file).toBe(FILE);
    expect(issue.path).toMatch(/^\$/);
    expect(issue.message.length).toBeGreaterThan(0);
    // A message stays readable: a huge value in the file is not echoed into it.
    expect(issue.message.length).toBeLessThan(2000);
  }
  return result.issues;
}

const noPollution = () => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
};

it('rejects any JSON value that is not a questionnaire with issues naming the file, never throwing', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(expectClear(loadQuestionnaire(value, FILE)).length).toBeGreaterThan(0);
    }),
    { numRuns: 300 },
  );
}, 60_000);

it('answers any text (JSON or not) with a value or clear issues', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
      expectClear(loadQuestionnaireText(text, FILE));
    }),
    { numRuns: 300 },
  );
}, 60_000);

/** A path into the sample document, to mutate at. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}
const samplePaths = paths(sample()).filter((p) => p.length > 0);

type Mutation = { kind: 'delete' | 'wrong-type' | 'extra' | 'huge-string' | 'huge-array'; at: number; value: unknown };

function mutate(doc: Record<string, unknown>, { kind, at, value }: Mutation): void {
  const path = samplePaths[at % samplePaths.length] ?? [];
  let parent: unknown = doc;
  for (const key of path.slice(0, -1)) {
    // An earlier mutation may have removed or replaced this path.
    if (parent === null || typeof parent !== 'object') return;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (parent === null || typeof parent !== 'object') return;
  const last = path.at(-1) ?? '';
  const target = parent as Record<string | number, unknown>;
  if (kind === 'delete') {
    if (Array.isArray(target)) target.splice(Number(last), 1);
    else delete target[last];
  } else if (kind === 'wrong-type') target[last] = value;
  else if (kind === 'extra') target[`x-${String(last)}`] = value;
  else if (kind === 'huge-string') target[last] = 'é'.repeat(200_000);
  else target[last] = Array.from({ length: 5_000 }, () => value);
}

it('survives missing, extra, wrongly typed, huge and duplicated fields: a value or clear issues', () => {
  const mutation = fc.record({
    kind: fc.constantFrom('delete', 'wrong-type', 'extra', 'huge-string', 'huge-array'),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }) satisfies fc.Arbitrary<Mutation>;
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      const doc = sample();
      for (const m of mutations) mutate(doc, m);
      const result = loadQuestionnaire(doc, FILE);
      expectClear(result);
      // Whatever the loader accepts satisfies the cross-field rules too.
      if (result.ok) expect(new Set(result.value.items.map((i) => i.id)).size).toBe(result.value.items.length);
      noPollution();
    }),
    { numRuns: 100 },
  );
}, 120_000);

it('rejects duplicate item and group ids with their place', () => {
  const doc = sample() as { items: { id: string }[]; groups: { id: string }[] };
  (doc.items[1] as { id: string }).id = doc.items[0]?.id ?? '';
  (doc.groups[1] as { id: string }).id = doc.groups[0]?.id ?? '';
  const issues = expectClear(loadQuestionnaire(doc, FILE)).map((i) => `${i.path}: ${i.message}`);
  expect(issues).toContain('$.items[1].id: Duplicate item id "gov-strategy"');
  expect(issues).toContain('$.groups[1].id: Duplicate group id "governance"');
});

it('refuses JSON nested 100,000 levels deep with a clear message, before parsing it', () => {
  for (const [open, close] of [
    ['[', ']'],
    ['{"a":', '}'],
  ] as const) {
    const text = open.repeat(100_000) + '1' + close.repeat(100_000);
    const issues = expectClear(loadQuestionnaireText(text, FILE));
    expect(issues).toEqual([
      { file: FILE, path: '$', message: `Nested more than ${MAX_JSON_DEPTH} levels deep; not a valid file` },
    ]);
  }
  // Brackets inside strings are text, not nesting: the real questionnaire still loads.
  const doc = sample();
  doc.description = '['.repeat(1000) + '{'.repeat(1000) + '\\"';
  expect(loadQuestionnaireText(JSON.stringify(doc), FILE).ok).toBe(true);
});

it('gives "__proto__" and "constructor" keys no power: rejected or kept as plain data, no pollution', () => {
  const doc = sample();
  const evil = [
    `{"__proto__": {"polluted": 1}, ${sampleText.trim().slice(1)}`,
    sampleText.replace(
      '"rubric": {',
      '"rubric": {"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}},',
    ),
    sampleText.replace('"scoring": {', '"scoring": {"constructor": {"prototype": {"polluted": 1}},'),
    JSON.stringify({ ...doc, translations: JSON.parse('{"__proto__": {"polluted": 1}}') as unknown }),
    JSON.stringify({ ...doc, constructor: { prototype: { polluted: 1 } } }),
  ];
  for (const text of evil) {
    const result = loadQuestionnaireText(text, FILE);
    expect(result.ok, text.slice(0, 80)).toBe(false);
    expectClear(result);
    noPollution();
  }
  fc.assert(
    fc.property(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.constantFrom('', 'items.0.', 'items.0.rubric.', 'groups.0.', 'scale.', 'framework.', 'scoring.levelScores.'),
      (key, at) => {
        const target = at
          .split('.')
          .filter(Boolean)
          .reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, doc);
        const text = JSON.stringify(doc).replace(
          JSON.stringify(target),
          `{"${key}": {"polluted": 1}, ${JSON.stringify(target).slice(1)}`,
        );
        expectClear(loadQuestionnaireText(text, FILE));
        noPollution();
      },
    ),
  );
});

it('shows hostile text as data: a questionnaire full of script payloads loads unchanged, nothing runs', () => {
  const { document, texts } = hostileQuestionnaire();
  const result = loadQuestionnaire(document, FILE);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(result.value.title).toBe(texts[0]);
  expect(JSON.stringify(result.value)).toContain('<script>window.__pwned=1</script>');
  // A link field may only hold a web address.
  const withUrl = { ...document, framework: { ...(document.framework as object), url: 'javascript:window.__pwned=1' } };
  expect(expectClear(loadQuestionnaire(withUrl, FILE))).toEqual([
    { file: FILE, path: '$.framework.url', message: 'Expected an http(s) address' },
  ]);
});

it('rejects a 100 MB file by its size alone, naming the file and the limit', () => {
  const result = checkFileSize('huge.json', 100 * 1024 * 1024, MAX_QUESTIONNAIRE_BYTES);
  expect(result).toEqual({
    ok: false,
    issues: [
      {
        file: 'huge.json',
        path: '$',
        message: 'File is too large: 100 MB; at most 5 MB is accepted. Nothing was read or stored.',
      },
    ],
  });
  expect(checkFileSize('fine.json', MAX_QUESTIONNAIRE_BYTES, MAX_QUESTIONNAIRE_BYTES).ok).toBe(true);
});
