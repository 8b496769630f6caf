import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Answer } from '../assessment/schema';
import { loadQuestionnaireText } from '../questionnaire/load';
import type { Questionnaire } from '../questionnaire/schema';
import { migrateAnswers } from './apply';
import { loadMigration } from './load';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
function questionnaire(path: string): Questionnaire {
  const result = loadQuestionnaireText(read(path), path);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const v100 = questionnaire('questionnaires/eif4scc/1.0.0.json');
const v101 = questionnaire('test/fixtures/questionnaires/eif4scc-1.0.1.json');

it('binding official numbers and rewording is a new version whose migration keeps every answer', () => {
  const migration = loadMigration(
    JSON.parse(read('test/fixtures/migrations/eif4scc-1.0.0--1.0.1.json')),
    'eif4scc-1.0.0--1.0.1.json',
    v100,
    v101,
  );
  if (!migration.ok) throw new Error(JSON.stringify(migration.issues));

  // A filled-in 1.0.0 assessment: every item answered, some not applicable, with notes, evidence and flags.
  const answers: Answer[] = v100.items.map((item, i) => ({
    assessmentId: 'bruges-2026',
    questionnaireId: 'eif4scc',
    itemId: item.id,
    value: i % 7 === 6 ? 'na' : (i % 5) + 1,
    note: `note on ${item.id}`,
    evidence: i % 3 === 0 ? [{ label: 'minutes', url: `https://bruges.example/${item.id}` }] : [],
    flagged: i % 4 === 0,
    plan: null,
    updatedAt: '2026-05-01T08:00:00.000Z',
  }));
  const outcome = migrateAnswers(migration.value, v100, v101, answers, '2026-12-01T00:00:00.000Z');

  expect(outcome.archived).toEqual([]);
  expect(outcome.report.added).toEqual([]);
  expect(outcome.report.carried).toHaveLength(30);
  const strip = ({ updatedAt: _, ...rest }: Answer) => rest;
  expect(outcome.answers.map(strip).sort((a, b) => a.itemId.localeCompare(b.itemId))).toEqual(
    answers.map(strip).sort((a, b) => a.itemId.localeCompare(b.itemId)),
  );
  // The new version really differs: official numbers bound, wording changed.
  expect(v101.items.filter((i) => i.provenance.officialRecommendation).length).toBeGreaterThan(
    v100.items.filter((i) => i.provenance.officialRecommendation).length,
  );
  expect(v101.items.find((i) => i.id === 'tech-apis')?.question).not.toBe(
    v100.items.find((i) => i.id === 'tech-apis')?.question,
  );
});
