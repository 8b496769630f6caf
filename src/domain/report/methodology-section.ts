import type { Questionnaire } from '../questionnaire/schema';
import { workedExample, type WorkedTerm } from '../results/methodology';
import type { QuestionnaireScore } from '../scoring/score';
import type { ReportBlock } from './model';
import type { ReportText } from './text';

/** The appendix: the formula as the questionnaire declares it, worked through on the city's answers. */
export function methodologySection(text: ReportText, q: Questionnaire, result: QuestionnaireScore): ReportBlock[] {
  const { t, f } = text;
  const n = (x: number) => f.number(x, 6);
  const sum = (terms: readonly WorkedTerm[]): ReportBlock[] => [
    {
      kind: 'paragraph',
      style: 'formula',
      text: `(${terms.map((term) => `${n(term.weight)} × ${n(term.score)}`).join(' + ')}) ÷ (${terms.map((term) => n(term.weight)).join(' + ')})`,
    },
    {
      kind: 'paragraph',
      style: 'formula',
      text: `= ${n(terms.reduce((s, term) => s + term.weight * term.score, 0))} ÷ ${n(terms.reduce((s, term) => s + term.weight, 0))}`,
    },
  ];
  const groups = q.scoring.overall === 'groups';
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: t('answer.questionnaireLine', { title: q.title, version: q.version }) },
    { kind: 'paragraph', text: t('methodology.intro', { title: q.title, version: q.version }) },
    { kind: 'heading', level: 3, text: t('methodology.levelsTitle') },
    {
      kind: 'table',
      caption: t('methodology.levelsCaption'),
      columns: [
        { title: t('methodology.columns.level'), width: 3 },
        { title: t('methodology.columns.score'), width: 1.5 },
      ],
      rows: q.scale.levels.map((l) => [
        t('item.level', { level: l.value, label: l.label }),
        f.score(q.scoring.levelScores[String(l.value)] ?? 0),
      ]),
    },
    { kind: 'paragraph', text: t('methodology.levelFormula', { n: q.scale.levels.length }) },
    { kind: 'heading', level: 3, text: t('methodology.groupTitle') },
    { kind: 'paragraph', text: t('methodology.groupWords') },
    { kind: 'paragraph', style: 'formula', text: t('methodology.groupSymbols') },
    { kind: 'heading', level: 3, text: t('methodology.overallTitle') },
    { kind: 'paragraph', text: groups ? t('methodology.overallGroups') : t('methodology.overallItems') },
    {
      kind: 'paragraph',
      style: 'formula',
      text: groups ? t('methodology.overallGroupsSymbols') : t('methodology.overallItemsSymbols'),
    },
    { kind: 'heading', level: 3, text: t('methodology.naTitle') },
    { kind: 'paragraph', text: t('methodology.naWords') },
    { kind: 'paragraph', text: t('methodology.coverageWords') },
    { kind: 'paragraph', text: t('methodology.bandWords') },
    { kind: 'paragraph', text: t('methodology.rounding') },
    { kind: 'heading', level: 3, text: t('methodology.exampleTitle') },
  ];
  const example = workedExample(q, result);
  if (example.group === undefined) {
    blocks.push({ kind: 'paragraph', text: t('methodology.noExample') });
    return blocks;
  }
  blocks.push(
    { kind: 'paragraph', text: t('methodology.exampleGroup', { group: example.group.label }) },
    ...sum(example.group.terms),
    { kind: 'paragraph', style: 'formula', text: `= ${n(example.group.result)}` },
  );
  if (example.group.excluded.length > 0) {
    blocks.push({ kind: 'paragraph', text: t('methodology.excluded', { items: example.group.excluded.join(', ') }) });
  }
  if (example.overall) {
    blocks.push({ kind: 'paragraph', text: t('methodology.exampleOverall') }, ...sum(example.overall.terms), {
      kind: 'paragraph',
      style: 'formula',
      text: `= ${n(example.overall.result)}`,
    });
  }
  return blocks;
}
