import { z } from 'zod';
import { parseBackupFile, type BackupFile } from '../domain/export/backup-file';
import {
  DEFAULT_REMINDER_RULE,
  reminderDue,
  type ReminderReason,
  type ReminderRule,
} from '../domain/export/backup-reminder';
import { fail, ok, type Result } from '../domain/validation/issues';
import type { RestoreMode, RestoreSummary } from '../storage';
import { closeAssessment } from './answering-store';
import { loadAssessments } from './assessments-store';
import { loadPools } from './benchmark-store';
import { loadLibrary, useLibraryStore } from './library-store';
import { invalidatePeers } from './peer-comparison';
import { repositories } from './repositories';
import { loadRememberedLanguage, useSettingsStore } from './settings-store';
import { create } from 'zustand';

export const BACKUP_SETTING = {
  lastAt: 'backup.lastAt',
  dismissedAt: 'backup.dismissedAt',
  rule: 'backup.reminderRule',
} as const;

const isoSchema = z.iso.datetime();
const ruleSchema = z.strictObject({
  afterChanges: z.number().int().min(0).max(100_000),
  afterDays: z.number().int().min(0).max(3650),
});

export interface BackupState {
  status: 'idle' | 'ready';
  lastAt: string | undefined;
  rule: ReminderRule;
  /** Why a reminder shows, or undefined. */
  due: ReminderReason | undefined;
}

export const initialBackupState: BackupState = {
  status: 'idle',
  lastAt: undefined,
  rule: DEFAULT_REMINDER_RULE,
  due: undefined,
};

export const useBackupStore = create<BackupState>()(() => initialBackupState);

const readIso = async (key: string) => {
  const parsed = isoSchema.safeParse(await repositories().settings.get(key));
  return parsed.success ? parsed.data : undefined;
};

/** Reads the last backup date and the reminder rule, and works out whether a reminder is due. */
export async function checkBackupReminder(now = new Date().toISOString()): Promise<void> {
  const repos = repositories();
  const [lastAt, dismissedAt, storedRule] = await Promise.all([
    readIso(BACKUP_SETTING.lastAt),
    readIso(BACKUP_SETTING.dismissedAt),
    repos.settings.get(BACKUP_SETTING.rule),
  ]);
  const rule = ruleSchema.safeParse(storedRule).data ?? DEFAULT_REMINDER_RULE;
  const baseline = [lastAt, dismissedAt]
    .filter((d) => d !== undefined)
    .sort()
    .at(-1);
  const changes = await repos.backup.changesSince(baseline);
  const since = baseline ?? (await repos.backup.firstCreatedAt());
  useBackupStore.setState({ status: 'ready', lastAt, rule, due: reminderDue({ rule, changes, since, now }) });
}

export async function dismissBackupReminder(): Promise<void> {
  useBackupStore.setState({ due: undefined });
  await repositories().settings.set(BACKUP_SETTING.dismissedAt, new Date().toISOString());
}

export async function setReminderRule(rule: ReminderRule): Promise<void> {
  const valid = ruleSchema.parse(rule);
  await repositories().settings.set(BACKUP_SETTING.rule, valid);
  await checkBackupReminder();
}

/** Everything on the device as one JSON file; remembers when, so the reminder resets. */
export async function createBackupFile(): Promise<{ fileName: string; text: string }> {
  const now = new Date().toISOString();
  const backup = await repositories().backup.create(now);
  await repositories().settings.set(BACKUP_SETTING.lastAt, now);
  useBackupStore.setState({ lastAt: now, due: undefined });
  return { fileName: `eif4scc-backup-${now.slice(0, 10)}.json`, text: `${JSON.stringify(backup)}\n` };
}

/** Parses a backup and validates every row of every table; writes nothing. */
export async function readBackupFile(fileName: string, text: string): Promise<Result<BackupFile>> {
  const parsed = parseBackupFile(text, fileName);
  if (!parsed.ok) return parsed;
  const issues = await repositories().backup.validate(parsed.value, fileName);
  return issues.length > 0 ? fail(issues) : ok(parsed.value);
}

/** Restores a validated backup (all or nothing), then every store reads the device again. */
export async function restoreBackupFile(file: BackupFile, mode: RestoreMode): Promise<RestoreSummary> {
  const summary = await repositories().backup.restore(file, mode);
  closeAssessment();
  // Peers kept in the worker's memory and the list of pools came from the data replaced.
  invalidatePeers();
  // Entries are read again; bundled content translations already loaded stay valid.
  useLibraryStore.setState({ status: 'idle' });
  await Promise.all([loadAssessments(), loadLibrary(), loadPools()]);
  const language = await loadRememberedLanguage();
  if (language) useSettingsStore.setState({ language });
  await checkBackupReminder();
  return summary;
}
