import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { downloadFile } from '../components/download';
import { checkBackupReminder, createBackupFile, dismissBackupReminder, useBackupStore } from '../stores/backup-store';

/**
 * A non-blocking reminder to back up after enough changes or days (the rule is set in Settings).
 * Checked at start and on each change of screen; dismissing it counts afresh from now.
 */
export default function BackupReminder() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const due = useBackupStore((s) => s.due);
  const rule = useBackupStore((s) => s.rule);
  // The confirmation shows on the screen where the backup was made, and goes with the next screen.
  const [done, setDone] = useState<{ file: string; at: string } | undefined>();

  useEffect(() => {
    checkBackupReminder().catch((error: unknown) => console.warn('Backup reminder check failed', error));
  }, [location]);

  if (done?.at === location)
    return (
      <div role="status" className="banner">
        <p>{t('backup.done', { file: done.file })}</p>
      </div>
    );
  if (!due) return null;
  return (
    <section className="banner" aria-label={t('backup.banner.label')} data-testid="backup-reminder">
      <p>
        {due === 'changes'
          ? t('backup.banner.changes', { count: rule.afterChanges })
          : t('backup.banner.days', { count: rule.afterDays })}
      </p>
      <button
        type="button"
        className="primary"
        onClick={() =>
          void createBackupFile().then((file) => {
            downloadFile(file.fileName, file.text, 'application/json');
            setDone({ file: file.fileName, at: location });
          })
        }
      >
        {t('backup.banner.backUpNow')}
      </button>
      <button type="button" onClick={() => void dismissBackupReminder()}>
        {t('backup.banner.dismiss')}
      </button>
    </section>
  );
}
