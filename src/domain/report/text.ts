import type { AnswerValue } from '../assessment/schema';
import type { Language, Questionnaire } from '../questionnaire/schema';
import { levelForScore } from '../scoring/score';

/**
 * The report's strings in the report language: the caller passes a translator fixed to that
 * language (i18next's getFixedT in the app), so the domain stays free of i18next.
 */
export type ReportT = (key: string, vars?: Record<string, string | number>) => string;

/** Numbers and dates through Intl in the report language, never in the interface language. */
export interface ReportFormat {
  readonly score: (score: number) => string;
  readonly number: (value: number, maximumFractionDigits?: number) => string;
  readonly percent: (fraction: number) => string;
  readonly date: (iso: string) => string;
  readonly country: (code: string) => string;
  readonly languageName: (code: string) => string;
}

export function reportFormat(language: Language): ReportFormat {
  const score = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const languages = new Intl.DisplayNames([language], { type: 'language' });
  return {
    score: (s) => score.format(s),
    number: (v, digits = 2) => new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(v),
    percent: (f) => percent.format(f),
    date: (iso) => date.format(new Date(iso)),
    country: (code) => regions.of(code) ?? code,
    languageName: (code) => languages.of(code) ?? code,
  };
}

export interface ReportText {
  readonly t: ReportT;
  readonly f: ReportFormat;
}

const levelLabel = (q: Questionnaire, level: number) => q.scale.levels.find((l) => l.value === level)?.label ?? '';

/** "54.2 of 100 (level 3, Essential)", as the results screen says it. */
export function scoreWithLevel({ t, f }: ReportText, q: Questionnaire, score: number | undefined): string {
  if (score === undefined) return t('results.noScore');
  const level = levelForScore(q, score);
  return t('results.scoreWithLevel', { score: f.score(score), level, label: levelLabel(q, level) });
}

export function coverageText({ t, f }: ReportText, coverage: number | undefined): string {
  return coverage === undefined ? t('results.noCoverage') : t('results.coverage', { percent: f.percent(coverage) });
}

export function answerText({ t }: ReportText, q: Questionnaire, value: AnswerValue | undefined): string {
  if (value === null || value === undefined) return t('results.unanswered');
  if (value === 'na') return t('item.notApplicable');
  return t('item.level', { level: value, label: levelLabel(q, value) });
}

export const levelText = ({ t }: ReportText, q: Questionnaire, level: number): string =>
  t('item.level', { level, label: levelLabel(q, level) });
