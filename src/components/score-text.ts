import type { TFunction } from 'i18next';
import type { Language, Questionnaire } from '../domain/questionnaire/schema';
import { levelForScore } from '../domain/scoring/score';
import { formatPercent, formatScore } from './format';

/** "54.2 (level 3, Essential)" or "no score yet". */
export function scoreWithLevel(t: TFunction, q: Questionnaire, score: number | undefined, language: Language): string {
  if (score === undefined) return t('results.noScore');
  const level = levelForScore(q, score);
  const label = q.scale.levels.find((l) => l.value === level)?.label ?? '';
  return t('results.scoreWithLevel', { score: formatScore(score, language), level, label });
}

export function coverageText(t: TFunction, coverage: number | undefined, language: Language): string {
  return coverage === undefined
    ? t('results.noCoverage')
    : t('results.coverage', { percent: formatPercent(coverage, language) });
}

export function answerText(t: TFunction, q: Questionnaire, value: number | 'na' | null): string {
  if (value === null) return t('results.unanswered');
  if (value === 'na') return t('item.notApplicable');
  return t('item.level', { level: value, label: q.scale.levels.find((l) => l.value === value)?.label ?? '' });
}
