import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/questionnaire/schema';
import { LANGUAGES } from '../i18n/languages';
import { useLanguage } from './use-language';

/** Lists the 24 official EU languages by their own names; choosing one is remembered. */
export function LanguageSelect({ id, onChange }: { id: string; onChange?: (language: Language) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={language} onChange={(e) => onChange?.(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
