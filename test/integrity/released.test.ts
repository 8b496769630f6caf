import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { bundledQuestionnaireFiles, questionnairesDir, readRepoFile } from './bundled-files';

/**
 * A released questionnaire is never edited: questionnaires/released.json holds the SHA-256 of every
 * released file. Changing one fails here; a new version is added with `UPDATE_RELEASED=1 npm run test:unit`.
 */
const LOCK = 'questionnaires/released.json';

it('no released questionnaire file was changed in place', () => {
  const actual = Object.fromEntries(
    bundledQuestionnaireFiles().map((f) => [f.file, createHash('sha256').update(f.text).digest('hex')]),
  );
  const locked = JSON.parse(readRepoFile(LOCK) ?? '{}') as Record<string, string>;
  if (process.env.UPDATE_RELEASED === '1') {
    // Only new files are added; a locked hash is never rewritten.
    writeFileSync(join(questionnairesDir, 'released.json'), `${JSON.stringify({ ...actual, ...locked }, null, 2)}\n`);
    return;
  }
  for (const [file, hash] of Object.entries(locked)) {
    expect(actual[file], `${file} was released and must not change; publish a new version instead`).toBe(hash);
  }
  for (const file of Object.keys(actual)) expect(locked, `${file} is not recorded in ${LOCK}`).toHaveProperty([file]);
});
