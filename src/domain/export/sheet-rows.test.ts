import { describe, expect, it } from 'vitest';
import { makeAnswer, makeAssessment } from '../../../test/fixtures/rows';
import { loadSample } from '../../../test/fixtures/sample';
import { guardCell } from './cell-guard';
import { toCsv, UTF8_BOM } from './csv';
import { ANSWER_COLUMNS, answerRows, profileRows, SCORE_COLUMNS, scoreRows, type SheetInput } from './sheet-rows';

const q = loadSample();
const input: SheetInput = {
  assessment: makeAssessment('a1', { profile: { ...makeAssessment('a1').profile, name: '=HYPERLINK("x")' } }),
  questionnaires: [q],
  answers: [
    makeAnswer('a1', 'gov-strategy', { value: 3, note: 'Ελληνικά, "quoted"\nline 2' }),
    makeAnswer('a1', 'gov-owner', {
      value: 5,
      flagged: true,
      evidence: [{ label: 'Plan', url: 'https://e.eu/p' }],
      plan: { targetLevel: 5, year: 2027 },
    }),
    makeAnswer('a1', 'data-catalogue', { value: 2, note: '@SUM(A1:A9)' }),
    makeAnswer('a1', 'data-models', { value: 'na' }),
  ],
};
const col = (name: (typeof ANSWER_COLUMNS)[number]) => ANSWER_COLUMNS.indexOf(name);

describe('guardCell', () => {
  it.each(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'])('prefixes %j with an apostrophe', (text) => {
    expect(guardCell(text)).toBe(`'${text}`);
  });
  it('leaves other text alone', () => expect(guardCell('Plan 2026 – ok')).toBe('Plan 2026 – ok'));
});

describe('answerRows', () => {
  const rows = answerRows(input);
  it('has one row per item, each with the questionnaire id and version', () => {
    expect(rows).toHaveLength(q.items.length);
    for (const row of rows)
      expect([row[col('questionnaireId')], row[col('questionnaireVersion')]]).toEqual(['sample', '1.0.0']);
  });
  it('holds level, label, score, N/A, note, evidence, flag and plan', () => {
    const owner = rows.find((r) => r[col('itemId')] === 'gov-owner');
    expect(owner?.[col('level')]).toBe(5);
    expect(owner?.[col('levelLabel')]).toBe('Seamless');
    expect(owner?.[col('score')]).toBe(100);
    expect(owner?.[col('evidence')]).toBe('Plan <https://e.eu/p>');
    expect(owner?.[col('flagged')]).toBe(true);
    expect([owner?.[col('planTargetLevel')], owner?.[col('planYear')]]).toEqual([5, 2027]);
    const models = rows.find((r) => r[col('itemId')] === 'data-models');
    expect([models?.[col('notApplicable')], models?.[col('score')], models?.[col('level')]]).toEqual([
      true,
      null,
      null,
    ]);
    const open = rows.find((r) => r[col('itemId')] === 'data-open');
    expect([open?.[col('level')], open?.[col('note')], open?.[col('updatedAt')]]).toEqual([null, '', '']);
  });
  it('guards cells that a spreadsheet would run as formulas', () => {
    expect(rows.find((r) => r[col('itemId')] === 'data-catalogue')?.[col('note')]).toBe("'@SUM(A1:A9)");
    expect(profileRows(input.assessment).find(([f]) => f === 'name')?.[1]).toBe('\'=HYPERLINK("x")');
  });
});

describe('scoreRows', () => {
  it('has each group and the overall score, computed like the results screen', () => {
    const rows = scoreRows(input, 'Overall');
    const at = (id: string) => rows.find((r) => r[SCORE_COLUMNS.indexOf('groupId')] === id);
    // Governance (1×50 + 2×100) ÷ 3; data 25 with one of two applicable answered; overall the mean of both.
    expect(at('governance')?.[SCORE_COLUMNS.indexOf('score')]).toBeCloseTo(83.333333, 6);
    expect(at('data')?.[SCORE_COLUMNS.indexOf('coverage')]).toBe(0.5);
    expect(at('overall')?.slice(2, 5)).toEqual(['overall', 'Overall', 54.166667]);
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 with a BOM, CRLF and quoted fields', () => {
    const text = toCsv([
      ['a', 'b,c', 'say "hi"', 'x\ny'],
      [1, true, null, 2.5],
    ]);
    expect(text).toBe(`${UTF8_BOM}a,"b,c","say ""hi""","x\ny"\r\n1,TRUE,,2.5\r\n`);
  });
});
