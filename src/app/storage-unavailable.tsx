import { useTranslation } from 'react-i18next';
import type { StorageProblem } from '../storage';

/** Shown instead of the app when the browser gives it no storage: nothing could be saved. */
export function StorageUnavailable({ problem }: { problem: StorageProblem }) {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t('storage.unavailableTitle')}</h1>
      <p role="alert">{t(`save.error.${problem}`)}</p>
      <p>{t('storage.unavailableHelp')}</p>
    </main>
  );
}
