import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { LanguageSelect } from '../../components/language-select';
import { rememberLanguage } from '../../stores/settings-store';

export function SettingsPage() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <h2>{t('settings.languageTitle')}</h2>
      <LanguageSelect id={id} onChange={(language) => void rememberLanguage(language)} />
      <h2>{t('settings.dataTitle')}</h2>
      <p>{t('settings.dataWhere')}</p>
      <p>{t('settings.dataNothingLeaves')}</p>
    </>
  );
}
