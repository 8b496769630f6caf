import { create } from 'zustand';
import type { Language } from '../domain/questionnaire/schema';
import { isLanguage } from '../i18n/languages';
import { requestPersistence, storageEstimate, type Persistence } from '../storage';
import { repositories } from './repositories';

export interface SettingsState {
  language: Language;
  persistence: Persistence | undefined;
  estimate: { usage: number; quota: number } | undefined;
}

export const initialSettingsState: SettingsState = { language: 'en', persistence: undefined, estimate: undefined };

export const useSettingsStore = create<SettingsState>()(() => initialSettingsState);

const LANGUAGE_KEY = 'language';

/** Reads the remembered language; undefined when the user never chose one. */
export async function loadRememberedLanguage(): Promise<Language | undefined> {
  const value = await repositories().settings.get(LANGUAGE_KEY);
  return isLanguage(value) ? value : undefined;
}

export async function rememberLanguage(language: Language): Promise<void> {
  useSettingsStore.setState({ language });
  // Without storage the choice holds for this visit only; the storage banner already says why.
  await repositories()
    .settings.set(LANGUAGE_KEY, language)
    .catch((error: unknown) => console.warn('The language choice was not stored', error));
}

/** Asks for persistent storage and reads how much is used; both are shown on the settings screen. */
export async function checkStorage(): Promise<void> {
  const [persistence, estimate] = await Promise.all([requestPersistence(), storageEstimate()]);
  useSettingsStore.setState({ persistence, estimate });
}
