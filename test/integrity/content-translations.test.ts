import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaireText } from '../../src/domain/questionnaire/load';
import { EU_LANGUAGES } from '../../src/domain/questionnaire/schema';
import { loadTranslation } from '../../src/domain/questionnaire/translation';
import { formatIssue } from '../../src/domain/validation/issues';
import { bundledQuestionnaireFiles, root } from './bundled-files';

// Set CONTENT_LANGUAGES=de,fr to check some languages only (while translating).
const only = process.env.CONTENT_LANGUAGES?.split(',');
const languages = EU_LANGUAGES.filter((l) => l !== 'en' && (only === undefined || only.includes(l)));

describe.each(bundledQuestionnaireFiles())('content translations of $file', ({ file, text, id, version }) => {
  const loaded = loadQuestionnaireText(text, file);
  if (!loaded.ok) return;
  const q = loaded.value;

  it.each(languages)('%s is complete, consistent with the source and marked with who translated it', (language) => {
    const path = `questionnaires/${id}/i18n/${version}/${language}.json`;
    expect(existsSync(join(root, path)), `${path} is missing`).toBe(true);
    const result = loadTranslation(JSON.parse(readFileSync(join(root, path), 'utf8')), path, q, true);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
    if (result.ok) expect([result.value.language, result.value.translatedBy]).toEqual([language, 'project']);
  });
});
