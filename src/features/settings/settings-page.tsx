import { lazy, Suspense, useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { LanguageSelect } from '../../components/language-select';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import { checkStorage, rememberLanguage, useSettingsStore } from '../../stores/settings-store';

// Backup and restore load with the section, outside the first load.
const BackupSection = lazy(() => import('./backup-section'));

export function SettingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const persistence = useSettingsStore((s) => s.persistence);
  const estimate = useSettingsStore((s) => s.estimate);
  useEffect(() => {
    void checkStorage();
  }, []);
  const mb = (bytes: number) => formatNumber(bytes / (1024 * 1024), language, 1);
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <h2>{t('settings.languageTitle')}</h2>
      <LanguageSelect id={id} onChange={(l) => void rememberLanguage(l)} />
      <h2>{t('settings.dataTitle')}</h2>
      <p>{t('settings.dataWhere')}</p>
      <p>{t('settings.dataNothingLeaves')}</p>
      <p data-testid="persistence">{persistence && t(`settings.persistence.${persistence}`)}</p>
      {persistence === 'best-effort' && (
        <p>
          <button type="button" onClick={() => void checkStorage()}>
            {t('settings.persistence.askAgain')}
          </button>
        </p>
      )}
      {estimate && <p>{t('settings.usage', { usage: mb(estimate.usage), quota: mb(estimate.quota) })}</p>}
      <Suspense
        fallback={
          <p role="status" className="loading">
            {t('common.loading')}
          </p>
        }
      >
        <BackupSection />
      </Suspense>
    </>
  );
}
