import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { parseBackupFile, type BackupFile } from '../domain/export/backup-file';
import { loadSample } from '../../test/fixtures/sample';
import { createBackup, restoreBackup, validateBackupRows } from './backup';
import { AppDatabase } from './db';
import { createRepositories, type Repositories } from './repositories';
import { ROW_SCHEMAS } from './row-schemas';

const dbs: AppDatabase[] = [];
async function freshDb(): Promise<{ db: AppDatabase; repos: Repositories }> {
  const db = new AppDatabase(`backup-${crypto.randomUUID()}`);
  await db.open();
  dbs.push(db);
  return { db, repos: createRepositories(db) };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const sample = loadSample();

let source: { db: AppDatabase; repos: Repositories };
beforeEach(async () => {
  source = await freshDb();
  const { repos, db } = source;
  await repos.questionnaires.add(sample, 'sample-1.0.0.json', '2026-01-01T00:00:00.000Z');
  await repos.assessments.put(makeAssessment('a1'));
  await repos.assessments.put(makeAssessment('a2', { year: 2025 }));
  await repos.answers.save(
    makeAnswer('a1', 'gov-strategy', { note: 'Čeština, Ελληνικά', evidence: [{ label: 'x', url: 'https://e.eu' }] }),
  );
  await repos.answers.save(makeAnswer('a1', 'data-models', { value: 'na', plan: { targetLevel: 4, year: 2027 } }));
  await repos.settings.set('language', 'el');
  await db.archivedAnswers.put({
    id: 'a1/sample@0.9.0/old',
    assessmentId: 'a1',
    questionnaireId: 'sample',
    questionnaireVersion: '0.9.0',
    itemId: 'old',
    reason: 'removed',
    archivedAt: '2026-01-03T00:00:00.000Z',
    answer: makeAnswer('a1', 'old'),
  });
});

it('has a row schema for every table the database declares, so no table is left out of a backup', async () => {
  const { db } = await freshDb();
  expect(db.tables.length).toBeGreaterThan(0);
  for (const table of db.tables) expect(ROW_SCHEMAS, `table ${table.name}`).toHaveProperty(table.name);
  const backup = await createBackup(db, '2026-02-01T00:00:00.000Z');
  expect(backup.tables.map((t) => t.name).sort()).toEqual(db.tables.map((t) => t.name).sort());
});

it('round-trips: backup, restore into an empty database, backup again gives the same tables', async () => {
  const first = await createBackup(source.db, '2026-02-01T00:00:00.000Z');
  expect(first.tables.find((t) => t.name === 'answers')?.rows).toHaveLength(2);
  const text = JSON.stringify(first);
  const parsed = parseBackupFile(text, 'backup.json');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const target = await freshDb();
  expect(validateBackupRows(target.db, parsed.value, 'backup.json')).toEqual([]);
  await restoreBackup(target.db, parsed.value, 'replace');
  const second = await createBackup(target.db, '2026-02-01T00:00:00.000Z');
  expect(JSON.stringify(second)).toBe(text);
});

it('replace empties what the backup does not hold', async () => {
  const backup = await createBackup(source.db, '2026-02-01T00:00:00.000Z');
  const target = await freshDb();
  await target.repos.assessments.put(makeAssessment('other'));
  await restoreBackup(target.db, backup, 'replace');
  expect((await target.db.assessments.toArray()).map((a) => a.id).sort()).toEqual(['a1', 'a2']);
});

it('merge keeps the device’s rows, adds new ones, and takes a backup row only when its updatedAt is newer', async () => {
  const backup = await createBackup(source.db, '2026-02-01T00:00:00.000Z');
  const target = await freshDb();
  // Newer on the device: kept. Older on the device: replaced. Absent: added.
  await target.db.answers.put(makeAnswer('a1', 'gov-strategy', { value: 5, updatedAt: '2026-03-01T00:00:00.000Z' }));
  await target.db.answers.put(makeAnswer('a1', 'data-models', { value: 1, updatedAt: '2025-01-01T00:00:00.000Z' }));
  await target.db.settings.put({ key: 'language', value: 'fi' });
  await target.db.answers.put(makeAnswer('mine', 'data-open'));
  const summary = await restoreBackup(target.db, backup, 'merge');
  expect((await target.db.answers.get(['a1', 'sample', 'gov-strategy']))?.value).toBe(5);
  expect((await target.db.answers.get(['a1', 'sample', 'data-models']))?.value).toBe('na');
  expect((await target.db.settings.get('language'))?.value).toBe('fi');
  expect(await target.db.answers.count()).toBe(3);
  expect(summary).toEqual({ added: 4, replaced: 1, kept: 2 });
});

it('names the table, row and field of an invalid row, and writes nothing', async () => {
  const backup = await createBackup(source.db, '2026-02-01T00:00:00.000Z');
  const bad: BackupFile = {
    ...backup,
    tables: backup.tables.map((t) =>
      t.name === 'answers' ? { ...t, rows: [...t.rows, { ...makeAnswer('a1', 'data-open'), value: 'seven' }] } : t,
    ),
  };
  const index = bad.tables.findIndex((t) => t.name === 'answers');
  const issues = validateBackupRows(source.db, bad, 'b.json');
  expect(issues[0]).toMatchObject({ file: 'b.json', path: `$.tables[${index}].rows[2].value` });
  const unknown = validateBackupRows(source.db, { ...backup, tables: [{ name: 'mystery', rows: [] }] }, 'b.json');
  expect(unknown[0]?.message).toContain('no table "mystery"');
  const before = JSON.stringify(await createBackup(source.db, '2026-02-01T00:00:00.000Z'));
  await expect(restoreBackup(source.db, bad, 'replace')).rejects.toThrow();
  expect(JSON.stringify(await createBackup(source.db, '2026-02-01T00:00:00.000Z'))).toBe(before);
});

it('reports a duplicate key within a table', async () => {
  const backup = await createBackup(source.db, '2026-02-01T00:00:00.000Z');
  const dup: BackupFile = {
    ...backup,
    tables: backup.tables.map((t) => (t.name === 'assessments' ? { ...t, rows: [...t.rows, t.rows[0]] } : t)),
  };
  expect(validateBackupRows(source.db, dup, 'b.json')[0]?.message).toContain(
    'Duplicate key "a1" in table "assessments"',
  );
});
