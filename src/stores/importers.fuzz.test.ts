import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, snapshot } from '../../test/fixtures/device';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { loadSample } from '../../test/fixtures/sample';
import { parseAssessmentFile } from '../domain/export/assessment-file';
import { MAX_BACKUP_CHARS, parseBackupFile } from '../domain/export/backup-file';
import type { AppDatabase } from '../storage/db';
import { commitAssessmentImport, exportAssessmentJson, readAssessmentImport } from './assessment-files';
import { createBackupFile, readBackupFile, restoreBackupFile } from './backup-store';

/**
 * Hostile and broken files against both importers: each must end in a clear rejection (file, JSON
 * path, reason) or a complete import, never a crash, and a rejection must leave the database as it was.
 */
let db: AppDatabase;
let close: () => Promise<void>;
let validAssessment: Record<string, unknown>;
let validBackup: Record<string, unknown>;

beforeAll(async () => {
  let repos;
  ({ db, repos, close } = await openDevice());
  await repos.questionnaires.add(loadSample(), 'sample-1.0.0.json', '2026-01-01T00:00:00.000Z');
  await repos.assessments.put(makeAssessment('a1'));
  await repos.answers.save(
    makeAnswer('a1', 'gov-strategy', { note: 'n', evidence: [{ label: 'l', url: 'https://e.eu' }] }),
  );
  await repos.answers.save(makeAnswer('a1', 'data-models', { value: 'na' }));
  validAssessment = JSON.parse((await exportAssessmentJson('a1')).text) as Record<string, unknown>;
  validBackup = JSON.parse((await createBackupFile()).text) as Record<string, unknown>;
});
afterAll(() => close());

/** Runs an importer the way the screens do; returns whether it was refused. */
async function importAssessment(text: string): Promise<boolean> {
  const read = await readAssessmentImport('fuzz.json', text);
  if (!read.ok) {
    for (const issue of read.issues) {
      expect(issue.file).toBe('fuzz.json');
      expect(issue.path.startsWith('$')).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return true;
  }
  await commitAssessmentImport(read.value.doc, 'keep-both', (n) => `${n} (copy)`);
  return false;
}

async function importBackup(text: string): Promise<boolean> {
  const read = await readBackupFile('fuzz.json', text);
  if (!read.ok) {
    for (const issue of read.issues) expect(issue.path.startsWith('$')).toBe(true);
    return true;
  }
  await restoreBackupFile(read.value, 'merge');
  return false;
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', '');
const wrongValue = fc.oneof(
  fc.jsonValue(),
  fc.constant('x'.repeat(100_000)),
  fc.constant(Array.from({ length: 5000 }, () => 1)),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1}}') as unknown),
  fc.constant(null),
  fc.integer(),
);

type Mutation = { path: (string | number)[]; op: 'set' | 'delete' | 'addKey'; value: unknown; key: string };

/** Picks a path into the document by walking it with the given choices. */
function mutate(doc: unknown, choices: number[], m: Omit<Mutation, 'path'>): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let node: unknown = copy;
  let parent: Record<string | number, unknown> | undefined;
  let last: string | number | undefined;
  for (const choice of choices) {
    if (node === null || typeof node !== 'object') break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[choice % keys.length] as string;
    parent = node as Record<string, unknown>;
    last = Array.isArray(node) ? Number(key) : key;
    node = parent[last];
  }
  if (m.op === 'addKey' && node !== null && typeof node === 'object' && !Array.isArray(node)) {
    Object.defineProperty(node, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
  } else if (parent && last !== undefined) {
    if (m.op === 'delete') delete parent[last];
    else parent[last] = m.value;
  }
  return copy;
}

const mutation = fc.record({
  choices: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  op: fc.constantFrom<Mutation['op']>('set', 'delete', 'addKey'),
  value: wrongValue,
  key: hostileKey,
});

describe.each([
  { name: 'assessment import', run: importAssessment, valid: () => validAssessment },
  { name: 'backup restore', run: importBackup, valid: () => validBackup },
])('$name', ({ run, valid }) => {
  it('rejects random JSON with a clear message and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const before = await snapshot(db);
        expect(await run(JSON.stringify(value) ?? 'null')).toBe(true);
        expect(await snapshot(db)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects wrong types, missing, extra and hostile fields, or imports the file whole', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ choices, op, value, key }) => {
        const before = await snapshot(db);
        const refused = await run(JSON.stringify(mutate(valid(), choices, { op, value, key })));
        if (refused) expect(await snapshot(db)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 120 },
    );
  });

  it('rejects text that is not JSON, deep nesting and prototype keys', async () => {
    const before = await snapshot(db);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const proto = JSON.stringify(valid()).replace('{', '{"__proto__":{"polluted":true},');
    const ctor = JSON.stringify(valid()).replace('{', '{"constructor":{"prototype":{"polluted":true}},');
    for (const text of ['', '{', 'null', '[]', '"a"', deep, proto, ctor, '{"format":1}'])
      expect(await run(text)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot(db)).toBe(before);
  });
});

describe('sizes and duplicates', () => {
  it('refuses a file over the size limit by its size, before parsing (100 MB assessment, 257 MB backup)', () => {
    const huge = (size: number) => `{"note":"${'x'.repeat(size)}"}`;
    const cases = [
      parseAssessmentFile(huge(100 * 1024 * 1024), 'big.json'),
      parseBackupFile(huge(MAX_BACKUP_CHARS + 1024 * 1024), 'big.json'),
    ];
    for (const result of cases) {
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues[0]?.message).toMatch(/^File is too large: [\d.]+ MB; at most \d+ MB is accepted\./);
    }
  });

  it('refuses duplicate answers and duplicate table rows', async () => {
    const before = await snapshot(db);
    const answers = validAssessment.answers as unknown[];
    const dupAnswers = { ...validAssessment, answers: [...answers, answers[0]] };
    const read = await readAssessmentImport('dup.json', JSON.stringify(dupAnswers));
    expect(read.ok ? [] : read.issues.map((i) => i.message)).toContain('Duplicate answer for sample/data-models');
    const tables = validBackup.tables as { name: string; rows: unknown[] }[];
    const dupTables = { ...validBackup, tables: [...tables, tables[0]] };
    const backup = await readBackupFile('dup.json', JSON.stringify(dupTables));
    expect(backup.ok ? '' : backup.issues[0]?.message).toContain('appears twice');
    expect(await snapshot(db)).toBe(before);
  });
});
