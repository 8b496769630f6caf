import { create } from 'zustand';
import type { QuestionnaireRef } from '../domain/assessment/schema';
import { loadQuestionnaireText, MAX_QUESTIONNAIRE_BYTES, questionnaireKey } from '../domain/questionnaire/load';
import { localiseQuestionnaire } from '../domain/questionnaire/localise';
import type { ContentTranslation, Language, Questionnaire } from '../domain/questionnaire/schema';
import { loadTranslation } from '../domain/questionnaire/translation';
import { compareVersions } from '../domain/questionnaire/version';
import { checkFileSize, fail, ok, type Result, type ValidationIssue } from '../domain/validation/issues';
import { bundledQuestionnaireFiles, bundledTranslation, bundledTranslationLanguages, StorageError } from '../storage';
import { repositories } from './repositories';

export interface LibraryEntry {
  readonly key: string;
  readonly source: 'bundled' | 'loaded';
  readonly fileName: string;
  readonly loadedAt?: string;
  readonly questionnaire: Questionnaire;
  /** Languages with a bundled content translation made by the project. */
  readonly translatedInto: readonly string[];
}

export interface LibraryState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  entries: LibraryEntry[];
  /** Bundled files that failed validation (a build defect; shown so it is never silent). */
  problems: ValidationIssue[];
  /** Bundled content translations loaded so far, by "id@version/language". */
  translations: Record<string, ContentTranslation>;
  /** Languages whose bundled translations have all been loaded. */
  translatedLanguages: Language[];
}

export const initialLibraryState: LibraryState = {
  status: 'idle',
  entries: [],
  problems: [],
  translations: {},
  translatedLanguages: [],
};

export const useLibraryStore = create<LibraryState>()(() => initialLibraryState);

const byIdThenVersion = (a: LibraryEntry, b: LibraryEntry) =>
  a.questionnaire.id.localeCompare(b.questionnaire.id) ||
  compareVersions(b.questionnaire.version, a.questionnaire.version);

let loading: Promise<void> | undefined;

/** Reads the bundled and loaded questionnaires once; later calls wait for the same reading. */
export function loadLibrary(): Promise<void> {
  if (useLibraryStore.getState().status === 'ready') return Promise.resolve();
  loading ??= readLibrary().finally(() => {
    loading = undefined;
  });
  return loading;
}

async function readLibrary(): Promise<void> {
  useLibraryStore.setState({ status: 'loading' });
  try {
    const bundled = await Promise.all(
      bundledQuestionnaireFiles.map(async (file) => ({ file, result: await file.load() })),
    );
    // Without a database the bundled questionnaires can still be read (the storage banner says why).
    const loaded = await repositories()
      .questionnaires.list()
      .catch((error: unknown) => {
        if (error instanceof StorageError && error.problem === 'unavailable') return [];
        throw error;
      });
    const entries: LibraryEntry[] = [];
    const problems: ValidationIssue[] = [];
    for (const { file, result } of bundled) {
      if (!result.ok) {
        problems.push(...result.issues);
        continue;
      }
      const q = result.value;
      const translatedInto = bundledTranslationLanguages(q.id, q.version);
      entries.push({
        key: questionnaireKey(q),
        source: 'bundled',
        fileName: file.path,
        questionnaire: q,
        translatedInto,
      });
    }
    for (const row of loaded) {
      entries.push({
        key: row.key,
        source: 'loaded',
        fileName: row.fileName,
        loadedAt: row.loadedAt,
        questionnaire: row.document,
        translatedInto: Object.keys(row.document.translations).sort(),
      });
    }
    useLibraryStore.setState({ status: 'ready', entries: entries.sort(byIdThenVersion), problems });
  } catch (error) {
    useLibraryStore.setState({ status: 'error' });
    throw error;
  }
}

/** Rejects a file by its size before it is read, so a huge file never reaches memory. */
export const checkQuestionnaireFileSize = (fileName: string, size: number): Result<number> =>
  checkFileSize(fileName, size, MAX_QUESTIONNAIRE_BYTES);

/** Validates a questionnaire file and keeps it on this device; nothing is stored if it is rejected. */
export async function importQuestionnaireFile(fileName: string, text: string): Promise<Result<LibraryEntry>> {
  const result = loadQuestionnaireText(text, fileName);
  if (!result.ok) return result;
  const questionnaire = result.value;
  const key = questionnaireKey(questionnaire);
  const existing = useLibraryStore.getState().entries.find((e) => e.key === key);
  if (existing) {
    const same = JSON.stringify(existing.questionnaire) === JSON.stringify(questionnaire);
    return fail([
      {
        file: fileName,
        path: '$.version',
        message: same
          ? `${key} is already in the library`
          : `${key} is already in the library with different content; a released version is never changed, so give the new content a new version number`,
      },
    ]);
  }
  let row;
  try {
    row = await repositories().questionnaires.add(questionnaire, fileName, new Date().toISOString());
  } catch (error) {
    if (!(error instanceof StorageError)) throw error;
    return fail([{ file: fileName, path: '$', message: `Valid, but not stored on this device: ${error.message}` }]);
  }
  const translatedInto = Object.keys(questionnaire.translations).sort();
  const entry: LibraryEntry = {
    key,
    source: 'loaded',
    fileName,
    loadedAt: row.loadedAt,
    questionnaire,
    translatedInto,
  };
  useLibraryStore.setState((s) => ({ entries: [...s.entries, entry].sort(byIdThenVersion) }));
  return ok(entry);
}

const translationKey = (entry: LibraryEntry, language: Language) => `${entry.key}/${language}`;

const translationLoads = new Map<Language, Promise<void>>();

/**
 * Loads the bundled content translations into `language` once (each is validated; a bad one is
 * reported). Screens wait for it, so that text never flashes in the source language first.
 */
export function loadTranslations(language: Language): Promise<void> {
  let load = translationLoads.get(language);
  if (!load) {
    load = readTranslations(language).catch((error: unknown) => {
      translationLoads.delete(language);
      throw error;
    });
    translationLoads.set(language, load);
  }
  return load;
}

async function readTranslations(language: Language): Promise<void> {
  await loadLibrary();
  const { entries, translations } = useLibraryStore.getState();
  const added: Record<string, ContentTranslation> = {};
  const problems: ValidationIssue[] = [];
  for (const entry of entries) {
    const q = entry.questionnaire;
    const file =
      entry.source === 'bundled' && language !== q.language ? bundledTranslation(q.id, q.version, language) : undefined;
    if (!file || translations[translationKey(entry, language)]) continue;
    const result = loadTranslation(await file.load(), file.path, q, false);
    if (result.ok) added[translationKey(entry, language)] = result.value.content;
    else problems.push(...result.issues);
  }
  useLibraryStore.setState((s) => ({
    translations: { ...s.translations, ...added },
    problems: [...s.problems, ...problems],
    translatedLanguages: [...s.translatedLanguages, language],
  }));
}

/** True once the library and its translations into `language` are loaded. */
export const selectReadyIn = (state: LibraryState, language: Language): boolean =>
  state.status === 'ready' && state.translatedLanguages.includes(language);

// Selectors: plain functions, tested without React.

/** The questionnaire in `language`: its bundled translation, else its own inline one, else the source text. */
export function selectLocalised(
  state: LibraryState,
  ref: QuestionnaireRef,
  language: Language,
): Questionnaire | undefined {
  const entry = state.entries.find((e) => e.key === questionnaireKey(ref));
  if (!entry) return undefined;
  return localiseQuestionnaire(entry.questionnaire, language, state.translations[translationKey(entry, language)]);
}

/** The language the questionnaire's content is in when asked for `language`: it, or the source as fallback. */
export function selectContentLanguage(state: LibraryState, ref: QuestionnaireRef, language: Language): Language {
  const entry = state.entries.find((e) => e.key === questionnaireKey(ref));
  if (!entry) return language;
  const q = entry.questionnaire;
  const translated =
    q.language === language ||
    state.translations[translationKey(entry, language)] !== undefined ||
    q.translations[language] !== undefined;
  return translated ? language : q.language;
}

export const findQuestionnaire = (state: LibraryState, ref: QuestionnaireRef): Questionnaire | undefined =>
  state.entries.find((e) => e.key === questionnaireKey(ref))?.questionnaire;

/** Questionnaire ids with their versions, newest first. */
export function selectVersionsById(state: LibraryState): Map<string, LibraryEntry[]> {
  const map = new Map<string, LibraryEntry[]>();
  for (const entry of state.entries) {
    const list = map.get(entry.questionnaire.id) ?? [];
    list.push(entry);
    map.set(entry.questionnaire.id, list);
  }
  return map;
}
