import { z } from 'zod';
import { fail, issuesFromZod, ok, type Result } from '../validation/issues';
import { readUntrustedJson } from '../validation/json-guard';

/** Marks a file as a full backup of the device; the version changes when the format does. */
export const BACKUP_FORMAT = 'eif4scc-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Loaded questionnaires make backups larger than assessments; beyond this a file is refused unread. */
/** Large enough for a device that keeps a 100,000-record peer pool (about 150 MB of JSON). */
export const MAX_BACKUP_CHARS = 256 * 1024 * 1024;

/** Table names as Dexie declares them: letters and digits only, so no "__proto__" or "constructor" tricks. */
export const tableNameSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/, 'Expected a table name');

/** The envelope; each table's rows are validated afterwards by that table's own row schema. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `Expected format "${BACKUP_FORMAT}"` }),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION, {
    error: `Expected formatVersion ${BACKUP_FORMAT_VERSION} (this app reads version ${BACKUP_FORMAT_VERSION})`,
  }),
  createdAt: z.iso.datetime(),
  /** The database version the backup was taken from (informative). */
  databaseVersion: z.number().int().min(1).max(10_000),
  tables: z.array(z.strictObject({ name: tableNameSchema, rows: z.array(z.unknown()).max(1_000_000) })).max(100),
});
export type BackupFile = z.output<typeof backupFileSchema>;

export interface BackupTable {
  readonly name: string;
  readonly rows: readonly unknown[];
}

export function buildBackupFile(
  tables: readonly BackupTable[],
  databaseVersion: number,
  createdAt: string,
): BackupFile {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    createdAt,
    databaseVersion,
    tables: [...tables].sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({ name: t.name, rows: [...t.rows] })),
  };
}

/** Parses a backup's envelope: size, JSON syntax, shape and unique table names. */
export function parseBackupFile(textContent: string, file: string): Result<BackupFile> {
  const json = readUntrustedJson(textContent, file, MAX_BACKUP_CHARS);
  if (!json.ok) return json;
  const parsed = backupFileSchema.safeParse(json.value);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, file));
  const names = new Set<string>();
  for (const [i, table] of parsed.data.tables.entries()) {
    if (names.has(table.name))
      return fail([{ file, path: `$.tables[${i}].name`, message: `Table "${table.name}" appears twice` }]);
    names.add(table.name);
  }
  return ok(parsed.data);
}
