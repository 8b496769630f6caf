import type { Answer, Assessment } from '../assessment/schema';
import type { Questionnaire } from '../questionnaire/schema';
import { lookupFrom } from '../results/plan';
import { scoreQuestionnaire } from '../scoring/score';
import { guardCell } from './cell-guard';

export type Cell = string | number | boolean | null;

/** Columns of the answers sheet, one row per item; headers are translated by the caller. */
export const ANSWER_COLUMNS = [
  'questionnaireId',
  'questionnaireVersion',
  'groupId',
  'group',
  'itemId',
  'officialReference',
  'item',
  'level',
  'levelLabel',
  'notApplicable',
  'score',
  'note',
  'evidence',
  'flagged',
  'planTargetLevel',
  'planYear',
  'updatedAt',
] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

/** Columns of the scores sheet: one row per group and one overall row per questionnaire. */
export const SCORE_COLUMNS = [
  'questionnaireId',
  'questionnaireVersion',
  'groupId',
  'group',
  'score',
  'coverage',
  'answered',
  'applicable',
  'notApplicable',
  'total',
] as const;
export type ScoreColumn = (typeof SCORE_COLUMNS)[number];

export const PROFILE_FIELDS = [
  'id',
  'name',
  'country',
  'lau',
  'nuts',
  'populationBand',
  'urbanisation',
  'organisation',
  'assessor',
  'year',
  'status',
  'createdAt',
  'updatedAt',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export interface SheetInput {
  readonly assessment: Assessment;
  /** Each questionnaire of the assessment, already in the chosen language. */
  readonly questionnaires: readonly Questionnaire[];
  readonly answers: readonly Answer[];
}

/** Every text cell passes the formula guard, whatever its origin. */
const text = (value: string): string => guardCell(value);

const evidenceText = (answer: Answer | undefined): string =>
  (answer?.evidence ?? []).map((e) => (e.label ? `${e.label} <${e.url}>` : e.url)).join('; ');

/** One row per item of every questionnaire, with its questionnaire id and version on each row. */
export function answerRows(input: SheetInput): Cell[][] {
  const rows: Cell[][] = [];
  for (const q of input.questionnaires) {
    const byItem = new Map(input.answers.filter((a) => a.questionnaireId === q.id).map((a) => [a.itemId, a]));
    const result = scoreQuestionnaire(q, lookupFrom(input.answers, q.id));
    const groupTitle = new Map(q.groups.map((g) => [g.id, g.title]));
    for (const item of q.items) {
      const answer = byItem.get(item.id);
      const value = answer?.value ?? null;
      const level = typeof value === 'number' ? value : null;
      const label = level === null ? '' : (q.scale.levels.find((l) => l.value === level)?.label ?? '');
      const official = item.provenance.officialRecommendation;
      const cells: Record<AnswerColumn, Cell> = {
        questionnaireId: text(q.id),
        questionnaireVersion: text(q.version),
        groupId: text(item.group),
        group: text(groupTitle.get(item.group) ?? ''),
        itemId: text(item.id),
        officialReference: official ? text(`${item.provenance.framework} ${official.number}`) : '',
        item: text(item.question),
        level,
        levelLabel: text(label),
        notApplicable: value === 'na',
        score: result.items.get(item.id)?.score ?? null,
        note: text(answer?.note ?? ''),
        evidence: text(evidenceText(answer)),
        flagged: answer?.flagged ?? false,
        planTargetLevel: answer?.plan?.targetLevel ?? null,
        planYear: answer?.plan?.year ?? null,
        updatedAt: text(answer?.updatedAt ?? ''),
      };
      rows.push(ANSWER_COLUMNS.map((c) => cells[c]));
    }
  }
  return rows;
}

/** Group and overall scores of every questionnaire; the overall row has the group id "overall". */
export function scoreRows(input: SheetInput, overallLabel: string): Cell[][] {
  const rows: Cell[][] = [];
  for (const q of input.questionnaires) {
    const result = scoreQuestionnaire(q, lookupFrom(input.answers, q.id));
    const entries = [
      ...[...result.groups.values()].map((g) => ({ id: g.node.group.id, title: g.node.group.title, score: g })),
      { id: 'overall', title: overallLabel, score: result.overall },
    ];
    for (const { id, title, score } of entries) {
      const cells: Record<ScoreColumn, Cell> = {
        questionnaireId: text(q.id),
        questionnaireVersion: text(q.version),
        groupId: text(id),
        group: text(title),
        score: score.score ?? null,
        coverage: score.coverage ?? null,
        answered: score.answered,
        applicable: score.applicable,
        notApplicable: score.notApplicable,
        total: score.total,
      };
      rows.push(SCORE_COLUMNS.map((c) => cells[c]));
    }
  }
  return rows;
}

/** The profile as field/value pairs. */
export function profileRows(assessment: Assessment): [ProfileField, Cell][] {
  const { profile } = assessment;
  const values: Record<ProfileField, Cell> = {
    id: assessment.id,
    name: profile.name,
    country: profile.country,
    lau: profile.lau,
    nuts: profile.nuts,
    populationBand: profile.populationBand,
    urbanisation: profile.urbanisation,
    organisation: profile.organisation,
    assessor: profile.assessor,
    year: assessment.year,
    status: assessment.status,
    createdAt: assessment.createdAt,
    updatedAt: assessment.updatedAt,
  };
  return PROFILE_FIELDS.map((f) => {
    const v = values[f];
    return [f, typeof v === 'string' ? text(v) : v];
  });
}
