import type { Language } from '../domain/questionnaire/schema';

/** Dates and numbers always go through Intl in the active language. */
export const formatDateTime = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

export const formatTime = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(new Date(iso));

export const formatPercent = (fraction: number, language: Language): string =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

export const countryName = (code: string, language: Language): string =>
  new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;

/** Scores (0–100) are shown with at most one decimal. */
export const formatScore = (score: number, language: Language): string =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score);

export const formatNumber = (value: number, language: Language, maximumFractionDigits = 2): string =>
  new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
