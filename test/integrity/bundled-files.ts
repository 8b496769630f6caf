import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const questionnairesDir = join(root, 'questionnaires');

/** Every bundled questionnaire file: questionnaires/<id>/<version>.json. */
export function bundledQuestionnaireFiles(): { file: string; text: string; id: string; version: string }[] {
  return readdirSync(questionnairesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'schema')
    .flatMap((dir) =>
      readdirSync(join(questionnairesDir, dir.name))
        .filter((name) => /^\d+\.\d+\.\d+.*\.json$/.test(name))
        .map((name) => {
          const path = join(questionnairesDir, dir.name, name);
          return {
            file: relative(root, path),
            text: readFileSync(path, 'utf8'),
            id: dir.name,
            version: name.replace(/\.json$/, ''),
          };
        }),
    );
}

export const readRepoFile = (path: string): string | undefined => {
  const full = join(root, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};
