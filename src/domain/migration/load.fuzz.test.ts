import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { loadQuestionnaireText } from '../questionnaire/load';
import type { Questionnaire } from '../questionnaire/schema';
import { parseJsonText, type Result } from '../validation/issues';
import { loadMigration } from './load';
import type { Migration } from './schema';

/** Property-based tests of the migration loader: any input gives a migration or clear issues, never a crash. */

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
function questionnaire(path: string): Questionnaire {
  const result = loadQuestionnaireText(read(path), path);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const from = questionnaire('questionnaires/eif4scc/1.0.0.json');
const to = questionnaire('test/fixtures/questionnaires/eif4scc-1.0.1.json');
const FILE = 'eif4scc-1.0.0--1.0.1.json';
const migrationText = read('test/fixtures/migrations/eif4scc-1.0.0--1.0.1.json');
const migration = () => JSON.parse(migrationText) as { rules: unknown[] } & Record<string, unknown>;

function expectClear(result: Result<Migration>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.file).toBe(FILE);
    expect(issue.path).toMatch(/^\$/);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

it('the fixture migration loads (so the properties below start from a valid file)', () => {
  expect(loadMigration(migration(), FILE, from, to).ok).toBe(true);
});

it('rejects any JSON value that is not a migration with clear issues', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = loadMigration(value, FILE, from, to);
      expect(result.ok).toBe(false);
      expectClear(result);
    }),
    { numRuns: 300 },
  );
});

it('survives rules with wrong types, unknown or duplicate items, extra fields and huge lists', () => {
  const rule = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.record({
      kind: fc.constantFrom('carry', 'merge', 'split', 'remove', 'new', 'rename', 42),
      from: fc.oneof(fc.constantFrom(...from.items.map((i) => i.id)), fc.string(), fc.array(fc.string())),
      to: fc.oneof(fc.constantFrom(...to.items.map((i) => i.id)), fc.string(), fc.array(fc.string())),
      levelMap: fc.option(fc.dictionary(fc.string({ maxLength: 2 }), fc.integer({ min: -2, max: 12 }))),
    }),
  );
  fc.assert(
    fc.property(
      fc.array(rule, { maxLength: 20 }),
      fc.nat(),
      fc.boolean(),
      fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
      (added, position, duplicate, extra) => {
        const doc = migration();
        doc.rules.splice(position % (doc.rules.length + 1), 0, ...added);
        if (duplicate && doc.rules[0]) doc.rules.push(doc.rules[0]);
        expectClear(loadMigration({ ...doc, ...extra }, FILE, from, to));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
    ),
    { numRuns: 200 },
  );
  const huge = migration();
  huge.rules = Array.from({ length: 100_000 }, () => ({ kind: 'remove', from: 'x'.repeat(1000) }));
  expectClear(loadMigration(huge, FILE, from, to));
}, 60_000);

it('refuses prototype keys and deep nesting in a migration file, with no pollution', () => {
  const evil = migrationText.replace(
    '"rules": []',
    '"rules": [{"__proto__": {"polluted": 1}, "kind": "new", "to": "x"}]',
  );
  const parsed = parseJsonText(evil, FILE, 1024 * 1024);
  if (!parsed.ok) throw new Error('fixture did not parse');
  const result = loadMigration(parsed.value, FILE, from, to);
  expect(result).toMatchObject({ ok: false, issues: [{ file: FILE, path: '$.rules[0].__proto__' }] });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const deep = parseJsonText(`{"rules":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, FILE, 10 * 1024 * 1024);
  expect(deep.ok).toBe(false);
});
