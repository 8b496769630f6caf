import { useTranslation } from 'react-i18next';
import { useStorageProblem } from './storage-problems';

export function StorageProblemBanner() {
  const { t } = useTranslation();
  const problem = useStorageProblem((s) => s.problem);
  if (!problem) return null;
  return (
    <div role="alert" className="banner banner-error">
      {problem === 'unavailable' && (
        <p>
          <strong>{t('storage.unavailableTitle')}</strong>
        </p>
      )}
      <p>{t(`save.error.${problem}`)}</p>
      {problem === 'unavailable' && (
        <>
          <p>{t('safety.stillWorks')}</p>
          <p>{t('storage.unavailableHelp')}</p>
        </>
      )}
      {problem === 'upgraded-elsewhere' && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('storage.reload')}
        </button>
      )}
    </div>
  );
}
