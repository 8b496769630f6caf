import type { Answer, Assessment } from '../assessment/schema';
import type { Language, Questionnaire } from '../questionnaire/schema';
import { improvementPlan, lookupFrom } from '../results/plan';
import { scoreQuestionnaire } from '../scoring/score';
import { methodologySection } from './methodology-section';
import type { ReportBlock, ReportDocument, ReportFact } from './model';
import { peerSection, type PeerComparison } from './peers';
import { itemsSection, planSection, resultsSection, summarySection, type ScoredQuestionnaire } from './sections';
import { reportFormat, type ReportT, type ReportText } from './text';

export interface ReportQuestionnaire {
  /** Localised into the report language where a translation exists (localiseQuestionnaire). */
  readonly questionnaire: Questionnaire;
  /** The language its content is actually in: the report language, or the source language as fallback. */
  readonly contentLanguage: Language;
}

export interface ReportInput {
  readonly language: Language;
  /** Report strings in `language`. */
  readonly t: ReportT;
  readonly assessment: Assessment;
  readonly answers: readonly Answer[];
  readonly questionnaires: readonly ReportQuestionnaire[];
  /** Optional peer comparisons, one per questionnaire that has one. */
  readonly peers?: readonly PeerComparison[];
  /** ISO date-time of the report. */
  readonly createdAt: string;
}

/** Builds the whole report once; the PDF and Word renderers draw the result. */
export function buildReport(input: ReportInput): ReportDocument {
  const { language, t, assessment } = input;
  const text: ReportText = { t, f: reportFormat(language) };
  const { f } = text;
  const profile = assessment.profile;
  const scored: ScoredQuestionnaire[] = input.questionnaires.map(({ questionnaire: q }) => {
    const lookup = lookupFrom(input.answers, q.id);
    return {
      questionnaire: q,
      result: scoreQuestionnaire(q, lookup),
      plan: improvementPlan(q, lookup),
      answers: new Map(input.answers.filter((a) => a.questionnaireId === q.id).map((a) => [a.itemId, a])),
    };
  });
  const qLine = (q: Questionnaire) => t('answer.questionnaireLine', { title: q.title, version: q.version });

  const facts: ReportFact[] = [
    { label: t('form.name'), value: profile.name },
    { label: t('form.country'), value: f.country(profile.country) },
    { label: t('form.population'), value: t(`profile.population.${profile.populationBand}`) },
    { label: t('form.urbanisation'), value: t(`profile.urbanisation.${profile.urbanisation}`) },
  ];
  if (profile.organisation) facts.push({ label: t('report.facts.organisation'), value: profile.organisation });
  if (profile.assessor) facts.push({ label: t('report.facts.assessor'), value: profile.assessor });
  facts.push(
    { label: t('form.year'), value: String(assessment.year) },
    { label: t('report.facts.date'), value: f.date(input.createdAt) },
    { label: t('report.facts.questionnaires'), value: scored.map((s) => qLine(s.questionnaire)).join('\n') },
    { label: t('report.facts.language'), value: f.languageName(language) },
  );

  const blocks: ReportBlock[] = [];
  // Say plainly where the questionnaire text is not in the report language.
  for (const { questionnaire: q, contentLanguage } of input.questionnaires) {
    if (contentLanguage !== language) {
      blocks.push({
        kind: 'notice',
        text: t('report.untranslated', { title: q.title, source: f.languageName(contentLanguage) }),
      });
    }
  }
  blocks.push({ kind: 'heading', level: 1, text: t('report.summary.title') });
  for (const s of scored) blocks.push(...summarySection(text, s));
  blocks.push({ kind: 'page-break' }, { kind: 'heading', level: 1, text: t('report.results.heading') });
  for (const s of scored) blocks.push(...resultsSection(text, s, profile.name));
  blocks.push({ kind: 'page-break' }, { kind: 'heading', level: 1, text: t('report.items.heading') });
  for (const s of scored) blocks.push(...itemsSection(text, s));
  blocks.push({ kind: 'page-break' }, { kind: 'heading', level: 1, text: t('assessmentNav.plan') });
  for (const s of scored) blocks.push(...planSection(text, s));
  const peers = scored.flatMap((s) => {
    const p = input.peers?.find((c) => c.questionnaireId === s.questionnaire.id);
    return p ? [{ s, p }] : [];
  });
  if (peers.length > 0) {
    blocks.push({ kind: 'page-break' }, { kind: 'heading', level: 1, text: t('report.peers.heading') });
    for (const { s, p } of peers) blocks.push(...peerSection(text, s.questionnaire, s.result, profile.name, p));
  }
  blocks.push({ kind: 'page-break' }, { kind: 'heading', level: 1, text: t('report.methodology.heading') });
  for (const s of scored) blocks.push(...methodologySection(text, s.questionnaire, s.result));

  const title = `${t('report.title')}: ${profile.name} ${assessment.year}`;
  return {
    language,
    metadata: {
      title,
      subject: t('report.subject', { questionnaires: scored.map((s) => qLine(s.questionnaire)).join('; ') }),
      author: profile.assessor || profile.organisation || profile.name,
      keywords: [profile.name, String(assessment.year), ...scored.map((s) => s.questionnaire.id)],
      createdAt: input.createdAt,
    },
    cover: { title: t('report.title'), subtitle: `${profile.name} ${assessment.year}`, facts },
    pageNumberTemplate: t('report.pageNumber', { page: '{page}', pages: '{pages}' }),
    blocks,
  };
}

/** `report-<city>-<yyyy-mm-dd>-<lang>.<ext>`, safe on every file system. */
export function reportFileName(city: string, createdAt: string, language: Language, extension: string): string {
  const slug =
    city
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'city';
  return `report-${slug}-${createdAt.slice(0, 10)}-${language}.${extension}`;
}
