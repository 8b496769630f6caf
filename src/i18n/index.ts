import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en/translation.json';
import type { Language } from '../domain/questionnaire/schema';

export { LANGUAGES, isLanguage, preferredLanguage } from './languages';

// English ships with the app and is the fallback; every other language is its own lazy chunk.
const lazyLocales = import.meta.glob<Record<string, unknown>>(
  ['../../locales/*/translation.json', '!../../locales/en/translation.json'],
  {
    import: 'default',
  },
);

async function loadLocale(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const loader = lazyLocales[`../../locales/${language}/translation.json`];
  if (!loader) return; // Not translated yet: English is shown.
  i18next.addResourceBundle(language, 'translation', await loader(), true, true);
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  await changeLanguage(language);
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await loadLocale(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** A translator into `language` (loaded on demand) for files made in a language other than the interface's. */
export async function translatorFor(language: Language) {
  await loadLocale(language);
  return i18next.getFixedT(language);
}

export { i18next };
