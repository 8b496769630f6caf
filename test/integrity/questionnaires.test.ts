import { describe, expect, it } from 'vitest';
import { loadQuestionnaireText } from '../../src/domain/questionnaire/load';
import { formatIssue } from '../../src/domain/validation/issues';
import { bundledQuestionnaireFiles } from './bundled-files';

const files = bundledQuestionnaireFiles();

describe.each(files)('bundled questionnaire $file', ({ file, text, id, version }) => {
  const result = loadQuestionnaireText(text, file);

  it('validates against the schema and the cross-field rules', () => {
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  if (!result.ok) return;
  const q = result.value;

  it('is stored under its own id and version', () => {
    expect([q.id, q.version]).toEqual([id, version]);
  });

  it('has a rubric text for every level of every item', () => {
    for (const item of q.items) {
      expect(Object.keys(item.rubric).sort(), item.id).toEqual(q.scale.levels.map((l) => String(l.value)));
    }
  });

  it('gives every item two to four evidence examples', () => {
    for (const item of q.items) expect(item.evidence.length, item.id).toBeGreaterThanOrEqual(2);
    for (const item of q.items) expect(item.evidence.length, item.id).toBeLessThanOrEqual(4);
  });

  it('scores level L of n as (L−1)/(n−1) × 100 unless it says otherwise', () => {
    const n = q.scale.levels.length;
    for (const level of q.scale.levels) {
      expect(q.scoring.levelScores[String(level.value)]).toBeCloseTo(((level.value - 1) / (n - 1)) * 100, 6);
    }
  });
});

describe('EIF4SCC questionnaires', () => {
  const eif = files.filter((f) => f.id === 'eif4scc');
  // Official numbers verified against SWD(2022) 710 (see shared/reference/eif4scc.md).
  const VERIFIED_OFFICIAL_NUMBERS = new Set([12, 14, 24]);

  it.each(eif)('$file has exactly 30 items and binds only verified official numbers', ({ file, text }) => {
    const result = loadQuestionnaireText(text, file);
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    expect(result.value.items).toHaveLength(30);
    const bound = result.value.items.flatMap((i) => i.provenance.officialRecommendation?.number ?? []);
    for (const number of bound) expect(VERIFIED_OFFICIAL_NUMBERS.has(number), `official number ${number}`).toBe(true);
  });
});
