import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { benchmarkPackageSchema } from '../../src/domain/benchmark/package';
import { migrationSchema } from '../../src/domain/migration/schema';
import { questionnaireSchema, translationFileSchema } from '../../src/domain/questionnaire/schema';
import { questionnairesDir, readRepoFile } from './bundled-files';

// The committed JSON Schemas are generated from the zod schemas; `npm run schema` rewrites them.
// Paths are relative to the repository root.
const schemas = [
  { path: 'questionnaires/schema/questionnaire.schema.json', schema: questionnaireSchema, title: 'Questionnaire' },
  { path: 'questionnaires/schema/migration.schema.json', schema: migrationSchema, title: 'Questionnaire migration' },
  {
    path: 'questionnaires/schema/translation.schema.json',
    schema: translationFileSchema,
    title: 'Questionnaire content translation',
  },
  // Published with the app (public/), so that a network can validate packages before pooling them.
  { path: 'public/schema/benchmark-package-1.schema.json', schema: benchmarkPackageSchema, title: 'Benchmark package' },
];

it.each(schemas)('$path is up to date with the zod schema', ({ path, schema, title }) => {
  const generated = `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) }, null, 2)}\n`;
  if (process.env.UPDATE_SCHEMAS === '1') {
    mkdirSync(dirname(join(questionnairesDir, '..', path)), { recursive: true });
    writeFileSync(join(questionnairesDir, '..', path), generated);
  }
  expect(readRepoFile(path), 'run `npm run schema`').toBe(generated);
});
