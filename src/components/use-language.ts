import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/questionnaire/schema';
import { isLanguage } from '../i18n/languages';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
