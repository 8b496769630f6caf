import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { downloadFile, readFileText } from '../../components/download';
import { formatDateTime } from '../../components/format';
import { IssueList } from '../../components/issue-list';
import { useLanguage } from '../../components/use-language';
import { MAX_BACKUP_CHARS, type BackupFile } from '../../domain/export/backup-file';
import type { ValidationIssue } from '../../domain/validation/issues';
import {
  checkBackupReminder,
  createBackupFile,
  readBackupFile,
  restoreBackupFile,
  setReminderRule,
  useBackupStore,
} from '../../stores/backup-store';

type RestoreMode = 'replace' | 'merge';
type Outcome =
  | { kind: 'backedUp'; file: string }
  | { kind: 'restored'; added: number; replaced: number; kept: number }
  | { kind: 'rejected'; file: string; issues: ValidationIssue[] };

/** Back up everything on the device to one file, restore from one, and the backup reminder's rule. */
export default function BackupSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const lastAt = useBackupStore((s) => s.lastAt);
  const rule = useBackupStore((s) => s.rule);
  const [mode, setMode] = useState<RestoreMode>('replace');
  const [toRestore, setToRestore] = useState<{ file: string; backup: BackupFile } | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  useEffect(() => {
    void checkBackupReminder();
  }, []);

  async function backUp() {
    setOutcome(undefined);
    const file = await createBackupFile();
    downloadFile(file.fileName, file.text, 'application/json');
    setOutcome({ kind: 'backedUp', file: file.fileName });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setOutcome(undefined);
    const read = await readFileText(file, MAX_BACKUP_CHARS);
    if (inputRef.current) inputRef.current.value = '';
    if (!read.ok) {
      const message = t('dataImport.tooLarge', {
        size: Math.ceil(read.size / 1048576),
        max: MAX_BACKUP_CHARS / 1048576,
      });
      setOutcome({ kind: 'rejected', file: file.name, issues: [{ file: file.name, path: '$', message }] });
      return;
    }
    const result = await readBackupFile(file.name, read.text);
    if (!result.ok) setOutcome({ kind: 'rejected', file: file.name, issues: result.issues });
    else setToRestore({ file: file.name, backup: result.value });
  }

  async function restore() {
    if (!toRestore) return;
    const { file, backup } = toRestore;
    setToRestore(undefined);
    try {
      setOutcome({ kind: 'restored', ...(await restoreBackupFile(backup, mode)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setOutcome({ kind: 'rejected', file, issues: [{ file, path: '$', message }] });
    }
  }

  const numberField = (key: 'afterChanges' | 'afterDays', max: number) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`backup.reminder.${key}`)}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={0}
        max={max}
        step={1}
        inputMode="numeric"
        aria-describedby={`${id}-reminder-hint`}
        value={rule[key]}
        onChange={(e) => {
          const value = Number(e.target.value);
          if (Number.isInteger(value) && value >= 0 && value <= max) void setReminderRule({ ...rule, [key]: value });
        }}
      />
    </div>
  );

  return (
    <section aria-labelledby={`${id}-h`} className="backup-section">
      <h2 id={`${id}-h`}>{t('backup.title')}</h2>
      <p>{t('backup.intro')}</p>
      <p data-testid="last-backup">
        {lastAt ? t('backup.lastAt', { date: formatDateTime(lastAt, language) }) : t('backup.never')}
      </p>
      <p>
        <button type="button" className="primary" onClick={() => void backUp()}>
          {t('backup.backUp')}
        </button>
      </p>

      <h3>{t('backup.restoreTitle')}</h3>
      <fieldset>
        <legend>{t('backup.mode.legend')}</legend>
        {(['replace', 'merge'] as const).map((m) => (
          <div key={m} className="choice">
            <input
              type="radio"
              id={`${id}-${m}`}
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              onChange={() => setMode(m)}
              aria-describedby={`${id}-${m}-hint`}
            />
            <label htmlFor={`${id}-${m}`}>{t(`backup.mode.${m}`)}</label>
            <p id={`${id}-${m}-hint`} className="subtle">
              {t(`backup.mode.${m}Hint`)}
            </p>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('backup.restoreLabel')}</label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {outcome?.kind === 'backedUp' && (
        <p role="status" className="alert alert-success">
          {t('backup.done', { file: outcome.file })}
        </p>
      )}
      {outcome?.kind === 'restored' && (
        <p role="status" className="alert alert-success" data-testid="restore-summary">
          {t('backup.restored', { added: outcome.added, replaced: outcome.replaced, kept: outcome.kept })}
        </p>
      )}
      {outcome?.kind === 'rejected' && (
        <IssueList title={t('backup.rejected', { file: outcome.file })} issues={outcome.issues} />
      )}

      <h3>{t('backup.reminder.title')}</h3>
      <p id={`${id}-reminder-hint`}>{t('backup.reminder.hint')}</p>
      {numberField('afterChanges', 100_000)}
      {numberField('afterDays', 3650)}

      <ConfirmDialog
        open={toRestore !== undefined}
        title={t('backup.confirm.title')}
        confirmLabel={t(`backup.confirm.${mode}`)}
        cancelLabel={t('common.cancel')}
        onCancel={() => setToRestore(undefined)}
        onConfirm={() => void restore()}
      >
        <p>
          {toRestore &&
            t(`backup.confirm.${mode}Body`, {
              file: toRestore.file,
              date: formatDateTime(toRestore.backup.createdAt, language),
            })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
