import { loadQuestionnaire } from '../domain/questionnaire/load';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { Result } from '../domain/validation/issues';

// Each bundled questionnaire is its own chunk: precached by the service worker, loaded on demand.
const files = import.meta.glob<unknown>('../../questionnaires/*/[0-9]*.json', { import: 'default' });

export interface BundledFile {
  readonly path: string;
  readonly load: () => Promise<Result<Questionnaire>>;
}

export const bundledQuestionnaireFiles: BundledFile[] = Object.entries(files).map(([path, importer]) => ({
  path: path.replace(/^(\.\.\/)+/, ''),
  load: async () => loadQuestionnaire(await importer(), path.replace(/^(\.\.\/)+/, '')),
}));

// Content translations: questionnaires/<id>/i18n/<version>/<language>.json, each its own lazy chunk.
const translationFiles = import.meta.glob<unknown>('../../questionnaires/*/i18n/*/*.json', { import: 'default' });

/** Loads the raw JSON of a bundled content translation, or undefined when there is none. */
export function bundledTranslation(
  id: string,
  version: string,
  language: string,
): { path: string; load: () => Promise<unknown> } | undefined {
  const key = `../../questionnaires/${id}/i18n/${version}/${language}.json`;
  const importer = translationFiles[key];
  return importer && { path: key.replace(/^(\.\.\/)+/, ''), load: importer };
}

// Declared migrations: questionnaires/<to id>/migrations/<from id>@<from version>--<to id>@<to version>.json
const migrationFiles = import.meta.glob<unknown>('../../questionnaires/*/migrations/*.json', { import: 'default' });

export interface BundledMigration {
  readonly path: string;
  readonly from: { id: string; version: string };
  readonly to: { id: string; version: string };
  readonly load: () => Promise<unknown>;
}

export const bundledMigrations: BundledMigration[] = Object.entries(migrationFiles).flatMap(([key, load]) => {
  const m = /([^/]+)@([^/@]+)--([^/]+)@([^/@]+)\.json$/.exec(key);
  if (!m) return [];
  const [, fromId = '', fromVersion = '', toId = '', toVersion = ''] = m;
  return [
    {
      path: key.replace(/^(\.\.\/)+/, ''),
      from: { id: fromId, version: fromVersion },
      to: { id: toId, version: toVersion },
      load,
    },
  ];
});

/** Languages that have a bundled content translation of this questionnaire version. */
export function bundledTranslationLanguages(id: string, version: string): string[] {
  const prefix = `../../questionnaires/${id}/i18n/${version}/`;
  return Object.keys(translationFiles)
    .filter((key) => key.startsWith(prefix))
    .map((key) => key.slice(prefix.length).replace(/\.json$/, ''))
    .sort();
}
