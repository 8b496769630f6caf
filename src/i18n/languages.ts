import type { Language } from '../domain/questionnaire/schema';

/** The 24 official EU languages with their names in their own language (endonyms), in code order. */
export const LANGUAGES: readonly { code: Language; nativeName: string }[] = [
  { code: 'bg', nativeName: 'Български' },
  { code: 'cs', nativeName: 'Čeština' },
  { code: 'da', nativeName: 'Dansk' },
  { code: 'de', nativeName: 'Deutsch' },
  { code: 'el', nativeName: 'Ελληνικά' },
  { code: 'en', nativeName: 'English' },
  { code: 'es', nativeName: 'Español' },
  { code: 'et', nativeName: 'Eesti' },
  { code: 'fi', nativeName: 'Suomi' },
  { code: 'fr', nativeName: 'Français' },
  { code: 'ga', nativeName: 'Gaeilge' },
  { code: 'hr', nativeName: 'Hrvatski' },
  { code: 'hu', nativeName: 'Magyar' },
  { code: 'it', nativeName: 'Italiano' },
  { code: 'lt', nativeName: 'Lietuvių' },
  { code: 'lv', nativeName: 'Latviešu' },
  { code: 'mt', nativeName: 'Malti' },
  { code: 'nl', nativeName: 'Nederlands' },
  { code: 'pl', nativeName: 'Polski' },
  { code: 'pt', nativeName: 'Português' },
  { code: 'ro', nativeName: 'Română' },
  { code: 'sk', nativeName: 'Slovenčina' },
  { code: 'sl', nativeName: 'Slovenščina' },
  { code: 'sv', nativeName: 'Svenska' },
];

export const isLanguage = (value: unknown): value is Language => LANGUAGES.some((l) => l.code === value);

/** The first browser language that is an official EU language, else English. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const code = tag.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return 'en';
}
