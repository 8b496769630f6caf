import Dexie from 'dexie';
import { buildBackupFile, type BackupFile } from '../domain/export/backup-file';
import { checkQuestionnaire } from '../domain/questionnaire/load';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { issuesFromZod, jsonPath, type ValidationIssue } from '../domain/validation/issues';
import type { AppDatabase } from './db';
import { StorageError } from './errors';
import { ROW_SCHEMAS } from './row-schemas';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreSummary {
  /** Rows written that were not on the device. */
  added: number;
  /** Rows of the device overwritten by a newer row of the backup (merge) or all rows written (replace). */
  replaced: number;
  /** Rows of the device kept because they were as new or newer (merge). */
  kept: number;
}

const schemaOf = (name: string) => {
  const schema = ROW_SCHEMAS[name];
  if (!schema) throw new StorageError('invalid-row', `Table "${name}" has no row schema, so it cannot be backed up`);
  return schema;
};

/** Reads every table Dexie declares, in primary-key order, each row validated by its table's schema. */
export async function createBackup(db: AppDatabase, createdAt: string): Promise<BackupFile> {
  return db.transaction('r', db.tables, async () => {
    const tables = [];
    for (const table of db.tables) {
      const schema = schemaOf(table.name);
      const rows: unknown[] = [];
      for (const row of await table.toArray()) {
        const parsed = schema.safeParse(row);
        if (parsed.success) rows.push(parsed.data);
        else console.warn(`Backup skipped an unreadable ${table.name} row`, parsed.error.issues);
      }
      tables.push({ name: table.name, rows });
    }
    return buildBackupFile(tables, db.verno, createdAt);
  });
}

const keyOf = (keyPath: string | string[] | undefined, row: unknown): string =>
  JSON.stringify(keyPath === undefined ? undefined : Dexie.getByKeyPath(row as object, keyPath));

/** Validates every row of every table of a parsed backup against this database; all issues found. */
export function validateBackupRows(db: AppDatabase, backup: BackupFile, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const declared = new Set(db.tables.map((t) => t.name));
  backup.tables.forEach((table, t) => {
    if (issues.length >= 50) return;
    if (!declared.has(table.name)) {
      issues.push({
        file,
        path: jsonPath(['tables', t, 'name']),
        message: `This app has no table "${table.name}" (a backup from a newer version?)`,
      });
      return;
    }
    const schema = schemaOf(table.name);
    const keyPath = db.table(table.name).schema.primKey.keyPath;
    const keys = new Set<string>();
    table.rows.forEach((row, r) => {
      if (issues.length >= 50) return;
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        for (const issue of issuesFromZod(parsed.error, file))
          issues.push({ ...issue, path: jsonPath(['tables', t, 'rows', r]) + issue.path.slice(1) });
        return;
      }
      if (table.name === 'questionnaires') {
        const document = (parsed.data as { document: Questionnaire }).document;
        for (const issue of checkQuestionnaire(document, file))
          issues.push({ ...issue, path: jsonPath(['tables', t, 'rows', r, 'document']) + issue.path.slice(1) });
      }
      const key = keyOf(keyPath, parsed.data);
      if (keys.has(key))
        issues.push({
          file,
          path: jsonPath(['tables', t, 'rows', r]),
          message: `Duplicate key ${key} in table "${table.name}"`,
        });
      keys.add(key);
    });
  });
  return issues.slice(0, 50);
}

const updatedAt = (row: unknown): string | undefined => {
  const value = row !== null && typeof row === 'object' ? (row as { updatedAt?: unknown }).updatedAt : undefined;
  return typeof value === 'string' ? value : undefined;
};

/**
 * Writes a validated backup in one transaction over every table: all or nothing.
 * replace: every table is emptied, then filled from the backup (tables it lacks stay empty).
 * merge: rows of the device are kept; a backup row is added when its key is new, and replaces the
 * device's row only when both carry an updatedAt and the backup's is newer.
 */
export async function restoreBackup(db: AppDatabase, backup: BackupFile, mode: RestoreMode): Promise<RestoreSummary> {
  const summary: RestoreSummary = { added: 0, replaced: 0, kept: 0 };
  const byName = new Map(backup.tables.map((t) => [t.name, t.rows.map((r) => schemaOf(t.name).parse(r) as unknown)]));
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const rows = byName.get(table.name) ?? [];
      if (mode === 'replace') {
        await table.clear();
        await table.bulkAdd(rows);
        summary.replaced += rows.length;
        continue;
      }
      const keyPath = table.schema.primKey.keyPath;
      if (keyPath === undefined) throw new StorageError('invalid-row', `Table "${table.name}" has no key to merge on`);
      const keys = rows.map((row) => Dexie.getByKeyPath(row as object, keyPath) as never);
      const existing: unknown[] = await table.bulkGet(keys);
      const write: unknown[] = [];
      rows.forEach((row, i) => {
        const current = existing[i];
        if (current === undefined) {
          summary.added += 1;
          write.push(row);
          return;
        }
        const ours = updatedAt(current);
        const theirs = updatedAt(row);
        if (ours !== undefined && theirs !== undefined && theirs > ours) {
          summary.replaced += 1;
          write.push(row);
        } else summary.kept += 1;
      });
      await table.bulkPut(write);
    }
  });
  return summary;
}
