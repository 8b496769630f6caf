import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAnswer, makeAssessment } from '../../../test/fixtures/rows';
import { loadQuestionnaire } from '../questionnaire/load';
import type { Questionnaire, QuestionnaireInput } from '../questionnaire/schema';
import { buildReport, reportFileName } from './build';
import type { ReportBlock } from './model';
import type { PeerComparison } from './peers';
import type { ReportT } from './text';

const input = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/questionnaires/sample-1.0.0.json'), 'utf8'),
) as QuestionnaireInput;
const loaded = loadQuestionnaire(input, 'sample.json');
if (!loaded.ok) throw new Error('sample does not load');
const q: Questionnaire = loaded.value;

/** Echoes the key and its variables, so the tests see which string is used with what. */
const t: ReportT = (key, vars) => (vars ? `${key}(${Object.values(vars).join('|')})` : key);
const assessment = makeAssessment('a', { profile: { ...makeAssessment('a').profile, assessor: 'Ana Novak' } });
const answers = [
  makeAnswer('a', 'gov-strategy', { value: 3, note: 'Strategy adopted in 2024.', flagged: true }),
  makeAnswer('a', 'gov-owner', {
    value: 5,
    evidence: [{ label: 'Decision', url: 'https://example.eu/decision' }],
  }),
  makeAnswer('a', 'data-catalogue', { value: 2, plan: { targetLevel: 4, year: 2027 } }),
  makeAnswer('a', 'data-models', { value: 'na' }),
];
const report = (over: Partial<Parameters<typeof buildReport>[0]> = {}) =>
  buildReport({
    language: 'en',
    t,
    assessment,
    answers,
    questionnaires: [{ questionnaire: q, contentLanguage: 'en' }],
    createdAt: '2026-05-04T08:00:00.000Z',
    ...over,
  });
const headings = (blocks: readonly ReportBlock[], level: number) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));

describe('report model', () => {
  it('has the sections in order, with metadata and cover facts', () => {
    const r = report();
    expect(headings(r.blocks, 1)).toEqual([
      'report.summary.title',
      'report.results.heading',
      'report.items.heading',
      'assessmentNav.plan',
      'report.methodology.heading',
    ]);
    expect(r.metadata).toMatchObject({ title: 'report.title: Ljubljana 2026', author: 'Ana Novak' });
    expect(r.cover.facts.map((f) => f.value)).toEqual(
      expect.arrayContaining(['Ljubljana', 'Slovenia', 'Ana Novak', 'May 4, 2026', 'English']),
    );
    expect(r.pageNumberTemplate).toBe('report.pageNumber({page}|{pages})');
  });

  it('draws the group chart from the same series as the results screen, with the table beside it', () => {
    const chart = report().blocks.find((b) => b.kind === 'chart');
    // governance (1×50 + 2×100) ÷ 3 = 83.3; data 25.
    expect(chart).toMatchObject({
      max: 100,
      bars: [
        { label: 'Governance', values: [83.333333], texts: ['83.3'] },
        { label: 'Data', values: [25], texts: ['25'] },
      ],
    });
  });

  it('lists every item with its answer, notes, evidence, flag and provenance', () => {
    const table = report().blocks.find((b) => b.kind === 'table' && b.caption === 'report.items.caption');
    if (table?.kind !== 'table') throw new Error('no item table');
    expect(table.rows).toHaveLength(5);
    const [first, second, , fourth, fifth] = table.rows;
    expect(first?.[2]).toBe('item.level(3|Essential)\nreport.items.flagged');
    expect(first?.[3]).toBe('Strategy adopted in 2024.');
    expect(second?.[4]).toBe('Decision: https://example.eu/decision');
    expect(fourth?.[2]).toBe('item.notApplicable');
    expect(fifth?.[2]).toBe('results.unanswered');
    expect(first?.[5]).toContain(q.items[0]?.provenance.framework);
  });

  it('puts the planned target and the next rubric in the improvement plan', () => {
    const blocks = report().blocks;
    const plan = blocks.slice(blocks.findIndex((b) => b.kind === 'heading' && b.text === 'assessmentNav.plan'));
    const texts = plan.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(texts).toContain('report.plan.target(item.level(4|Sustainable)|2027)');
    expect(texts).toContain(q.items.find((i) => i.id === 'data-catalogue')?.rubric['3']);
  });

  it('says where the questionnaire content is not in the report language', () => {
    const r = report({ language: 'de', questionnaires: [{ questionnaire: q, contentLanguage: 'en' }] });
    expect(r.blocks[0]).toEqual({ kind: 'notice', text: `report.untranslated(${q.title}|Englisch)` });
    expect(report().blocks.some((b) => b.kind === 'notice')).toBe(false);
  });

  it('adds the peer comparison only when given, with the synthetic label and no statistics below the minimum', () => {
    expect(headings(report().blocks, 1)).not.toContain('report.peers.heading');
    const peers: PeerComparison = {
      questionnaireId: 'sample',
      description: 'Slovenia, 250k–500k',
      synthetic: true,
      minimumPeers: 5,
      overall: { peers: 20, median: 50, q1: 40, q3: 61.25, percentileRank: 70 },
      groups: { governance: { peers: 20, median: 60, q1: 50, q3: 75, percentileRank: 80 }, data: { peers: 4 } },
    };
    const blocks = report({ peers: [peers] }).blocks;
    expect(headings(blocks, 1)).toContain('report.peers.heading');
    expect(blocks).toContainEqual({ kind: 'notice', text: 'report.peers.synthetic' });
    const table = blocks.find((b) => b.kind === 'table' && b.caption === 'report.peers.caption');
    if (table?.kind !== 'table') throw new Error('no peer table');
    expect(table.rows).toEqual([
      ['trend.overall', '20', '54.2', '50', '40 – 61.3', '70'],
      ['Governance', '20', '83.3', '60', '50 – 75', '80'],
      ['Data', '4', '25', 'report.peers.tooFew(5)', '–', '–'],
    ]);
    const real = report({ peers: [{ ...peers, synthetic: false }] }).blocks;
    expect(real.some((b) => b.kind === 'notice')).toBe(false);
  });

  it('formats numbers and dates in the report language', () => {
    const r = report({ language: 'de' });
    expect(r.cover.facts).toContainEqual({ label: 'report.facts.date', value: '4. Mai 2026' });
    expect(r.blocks.find((b) => b.kind === 'chart')).toMatchObject({ bars: [{ texts: ['83,3'] }, { texts: ['25'] }] });
  });
});

describe('report file name', () => {
  it('names the city, date and language, and keeps only safe characters', () => {
    expect(reportFileName('Ljubljana', '2026-05-04T08:00:00.000Z', 'sl', 'pdf')).toBe(
      'report-ljubljana-2026-05-04-sl.pdf',
    );
    expect(reportFileName('Bruxelles / Brussel', '2026-05-04T08:00:00.000Z', 'fr', 'docx')).toBe(
      'report-bruxelles-brussel-2026-05-04-fr.docx',
    );
    expect(reportFileName('Θεσσαλονίκη', '2026-05-04T08:00:00.000Z', 'el', 'pdf')).toBe(
      'report-θεσσαλονικη-2026-05-04-el.pdf',
    );
    expect(reportFileName('../..\\<>:*?', '2026-05-04T08:00:00.000Z', 'en', 'pdf')).toBe(
      'report-city-2026-05-04-en.pdf',
    );
  });
});
