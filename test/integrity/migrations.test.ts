import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadMigration } from '../../src/domain/migration/load';
import { loadQuestionnaireText } from '../../src/domain/questionnaire/load';
import { formatIssue } from '../../src/domain/validation/issues';
import { questionnairesDir, root } from './bundled-files';

/** Every bundled migration: questionnaires/<to>/migrations/<from>@<v>--<to>@<v>.json, valid against both versions. */
const files = readdirSync(questionnairesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(questionnairesDir, d.name, 'migrations')))
  .flatMap((d) =>
    readdirSync(join(questionnairesDir, d.name, 'migrations')).map((f) => `questionnaires/${d.name}/migrations/${f}`),
  );

it('finds the bundled migrations', () => {
  expect(files.length).toBeGreaterThan(0);
});

it.each(files)('%s is named after the versions it joins and accounts for every item', (path) => {
  const m = /([^/]+)@([^/@]+)--([^/]+)@([^/@]+)\.json$/.exec(path);
  expect(m, 'file name must be <from id>@<version>--<to id>@<version>.json').not.toBeNull();
  const [, fromId, fromVersion, toId, toVersion] = m as unknown as string[];
  const load = (id: string, version: string) => {
    const file = `questionnaires/${id}/${version}.json`;
    const r = loadQuestionnaireText(readFileSync(join(root, file), 'utf8'), file);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    return r.value;
  };
  const result = loadMigration(
    JSON.parse(readFileSync(join(root, path), 'utf8')),
    path,
    load(fromId!, fromVersion!),
    load(toId!, toVersion!),
  );
  expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
});
