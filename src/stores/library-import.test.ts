import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS, hostileQuestionnaire } from '../../test/fixtures/hostile';
import { AppDatabase } from '../storage/db';
import { createRepositories } from '../storage/repositories';
import { importQuestionnaireFile, loadLibrary, useLibraryStore } from './library-store';
import { setRepositories } from './repositories';

/** Importing a questionnaire file is all or nothing: a rejected file changes neither the library nor the database. */

let db: AppDatabase;
beforeAll(async () => {
  db = new AppDatabase(`library-${crypto.randomUUID()}`);
  await db.open();
  setRepositories(createRepositories(db));
  await loadLibrary();
});
afterAll(async () => {
  setRepositories(undefined);
  await db.delete();
});

const sampleText = readFileSync(
  join(import.meta.dirname, '../../test/fixtures/questionnaires/sample-1.0.0.json'),
  'utf8',
);

async function snapshot() {
  return { entries: useLibraryStore.getState().entries.map((e) => e.key), rows: await db.questionnaires.toArray() };
}

it('leaves the library and the database unchanged for any rejected file', async () => {
  const before = await snapshot();
  expect(before.entries.length).toBeGreaterThan(0);
  const hostileTexts = fc.oneof(
    fc.string(),
    fc.json(),
    fc.constantFrom(
      '['.repeat(100_000),
      '{"__proto__": {"polluted": 1}}',
      sampleText.replace('"id": "sample"', '"id": "Sample Bad"'),
      sampleText.replace('"schemaVersion": 1,', '"schemaVersion": 1, "constructor": {"prototype": {"polluted": 1}},'),
      ...HOSTILE_PAYLOADS,
    ),
  );
  await fc.assert(
    fc.asyncProperty(hostileTexts, async (text) => {
      const result = await importQuestionnaireFile('hostile.json', text);
      expect(result.ok).toBe(false);
      expect(await snapshot()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { numRuns: 60 },
  );
}, 60_000);

it('stores a valid file full of script payloads as plain text, once', async () => {
  const { document, texts } = hostileQuestionnaire();
  const result = await importQuestionnaireFile('hostile.json', JSON.stringify(document));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const rows = await db.questionnaires.where('id').equals('hostile').toArray();
  expect(rows).toHaveLength(1);
  expect(rows[0]?.document.title).toBe(texts[0]);
  // The same file again is refused and changes nothing.
  const before = await snapshot();
  expect((await importQuestionnaireFile('hostile.json', JSON.stringify(document))).ok).toBe(false);
  expect(await snapshot()).toEqual(before);
});
