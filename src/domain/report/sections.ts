import type { Answer } from '../assessment/schema';
import type { Questionnaire } from '../questionnaire/schema';
import type { PlanEntry } from '../results/plan';
import { groupSeries, itemSeries, strengthsAndGaps } from '../results/series';
import type { QuestionnaireScore } from '../scoring/score';
import type { ReportBlock } from './model';
import { answerText, coverageText, levelText, scoreWithLevel, type ReportText } from './text';

/** One questionnaire of the assessment, scored, with its answers, in the report language. */
export interface ScoredQuestionnaire {
  /** Localised into the report language where a translation exists. */
  readonly questionnaire: Questionnaire;
  readonly result: QuestionnaireScore;
  readonly plan: readonly PlanEntry[];
  /** Answer rows by item id. */
  readonly answers: ReadonlyMap<string, Answer>;
}

const itemLine = (
  text: ReportText,
  s: ScoredQuestionnaire,
  p: { number: number; question: string; value: Answer['value'] },
) => `${text.t('item.number', { number: p.number })}: ${p.question} — ${answerText(text, s.questionnaire, p.value)}`;

export function summarySection(text: ReportText, s: ScoredQuestionnaire): ReportBlock[] {
  const { t } = text;
  const q = s.questionnaire;
  const o = s.result.overall;
  const { strengths, gaps } = strengthsAndGaps(itemSeries(s.result));
  const list = (items: typeof strengths): ReportBlock =>
    items.length === 0
      ? { kind: 'paragraph', text: t('results.noneYet') }
      : { kind: 'list', items: items.map((i) => itemLine(text, s, i)) };
  return [
    { kind: 'heading', level: 2, text: t('answer.questionnaireLine', { title: q.title, version: q.version }) },
    {
      kind: 'paragraph',
      style: 'strong',
      text: `${t('results.overall')}: ${scoreWithLevel(text, q, o.score)}`,
    },
    {
      kind: 'paragraph',
      text: `${coverageText(text, o.coverage)} ${t('results.counts', { answered: o.answered, applicable: o.applicable, count: o.notApplicable })}`,
    },
    { kind: 'heading', level: 3, text: t('results.strengths') },
    list(strengths),
    { kind: 'heading', level: 3, text: t('results.gaps') },
    list(gaps),
    { kind: 'heading', level: 3, text: t('report.summary.priorities') },
    s.plan.length === 0
      ? { kind: 'paragraph', text: t('plan.empty') }
      : {
          kind: 'list',
          items: s.plan.slice(0, 3).map(
            (e) =>
              `${t('item.number', { number: e.number })}: ${e.item.question} — ${t('plan.fromTo', {
                from: e.current,
                fromLabel: q.scale.levels.find((l) => l.value === e.current)?.label ?? '',
                to: e.next,
                toLabel: q.scale.levels.find((l) => l.value === e.next)?.label ?? '',
              })}`,
          ),
        },
  ];
}

export function resultsSection(text: ReportText, s: ScoredQuestionnaire, city: string): ReportBlock[] {
  const { t } = text;
  const q = s.questionnaire;
  const groups = groupSeries(q, s.result);
  return [
    { kind: 'heading', level: 2, text: t('report.results.title', { title: q.title }) },
    {
      kind: 'chart',
      caption: t('report.results.chartCaption'),
      max: 100,
      series: [{ name: city, color: '#003399' }],
      bars: groups.map((g) => ({
        label: g.label,
        values: [g.score],
        texts: [g.score === undefined ? '–' : text.f.score(g.score)],
      })),
    },
    {
      kind: 'table',
      caption: t('results.groupTableCaption'),
      columns: [
        { title: t('results.columns.group'), width: 3 },
        { title: t('results.columns.score'), width: 2.2 },
        { title: t('results.columns.coverage'), width: 2.2 },
      ],
      rows: groups.map((g) => [g.label, scoreWithLevel(text, q, g.score), coverageText(text, g.coverage)]),
    },
  ];
}

function provenanceText(text: ReportText, item: Questionnaire['items'][number]): string {
  const { t } = text;
  const p = item.provenance;
  const parts = [`${p.framework}: ${p.assesses}`];
  if (p.officialRecommendation)
    parts.push(t('provenance.officialNumberOnly', { number: p.officialRecommendation.number }));
  if (p.eif2017.length > 0) parts.push(`${t('provenance.eif2017')}: ${p.eif2017.join(', ')}`);
  if (p.mims.length > 0) parts.push(`${t('provenance.mims')}: ${p.mims.join(', ')}`);
  if (p.standards.length > 0) parts.push(`${t('provenance.standards')}: ${p.standards.join(', ')}`);
  return parts.join('\n');
}

/** Every question with its answer, notes, evidence links and provenance. */
export function itemsSection(text: ReportText, s: ScoredQuestionnaire): ReportBlock[] {
  const { t } = text;
  const q = s.questionnaire;
  const rows = itemSeries(s.result).map((p) => {
    const item = q.items.find((i) => i.id === p.itemId);
    const a = s.answers.get(p.itemId);
    const answer = [answerText(text, q, p.value)];
    if (a?.flagged) answer.push(t('report.items.flagged'));
    const evidence = (a?.evidence ?? []).map((e) => (e.label ? `${e.label}: ${e.url}` : e.url));
    return [
      String(p.number),
      `${p.question}\n(${p.groupLabel})`,
      answer.join('\n'),
      a?.note.trim() ?? '',
      evidence.join('\n'),
      item ? provenanceText(text, item) : '',
    ];
  });
  return [
    { kind: 'heading', level: 2, text: t('report.items.title', { title: q.title }) },
    {
      kind: 'table',
      caption: t('report.items.caption'),
      columns: [
        { title: t('results.columns.number'), width: 0.55 },
        { title: t('results.columns.question'), width: 3.2 },
        { title: t('results.columns.answer'), width: 1.6 },
        { title: t('item.note'), width: 2.2 },
        { title: t('evidence.title'), width: 2 },
        { title: t('report.items.provenance'), width: 2 },
      ],
      rows,
    },
  ];
}

/** The improvement plan: every item below the top level, most valuable first, with its next rubric. */
export function planSection(text: ReportText, s: ScoredQuestionnaire): ReportBlock[] {
  const { t, f } = text;
  const q = s.questionnaire;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: t('report.plan.title', { title: q.title }) },
    { kind: 'paragraph', text: t('plan.intro') },
    { kind: 'paragraph', style: 'subtle', text: t('plan.ranking') },
  ];
  if (s.plan.length === 0) blocks.push({ kind: 'paragraph', text: t('plan.empty') });
  for (const e of s.plan) {
    const label = (v: number) => q.scale.levels.find((l) => l.value === v)?.label ?? '';
    const answer = s.answers.get(e.item.id);
    blocks.push(
      { kind: 'heading', level: 3, text: `${t('item.number', { number: e.number })}: ${e.item.question}` },
      {
        kind: 'paragraph',
        text: t('plan.fromTo', { from: e.current, fromLabel: label(e.current), to: e.next, toLabel: label(e.next) }),
      },
      {
        kind: 'paragraph',
        style: 'subtle',
        text: t('plan.gain', {
          itemGain: f.number(e.itemGain),
          overallGain: f.number(e.overallGain),
          weight: f.number(e.item.weight),
          share: f.number(e.share * 100, 1),
        }),
      },
      { kind: 'paragraph', style: 'strong', text: t('plan.nextRubric', { level: e.next, label: label(e.next) }) },
      { kind: 'paragraph', text: e.item.rubric[String(e.next)] ?? '' },
    );
    if (answer?.plan) {
      blocks.push({
        kind: 'paragraph',
        text: t('report.plan.target', { level: levelText(text, q, answer.plan.targetLevel), year: answer.plan.year }),
      });
    }
    if (answer && answer.note.trim() !== '') {
      blocks.push({ kind: 'paragraph', text: `${t('plan.yourNotes')}: ${answer.note.trim()}` });
    }
  }
  return blocks;
}
