import type { Answer, Assessment } from '../../domain/assessment/schema';
import type { Language } from '../../domain/questionnaire/schema';
import { buildReport, type ReportQuestionnaire } from '../../domain/report/build';
import type { ReportDocument } from '../../domain/report/model';
import type { PeerComparisonReport } from '../../domain/benchmark/city';
import { peerComparisonFromBenchmark, type PeerComparison } from '../../domain/report/peers';
import { fixedT } from '../../i18n';
import { loadPeerComparison } from '../../stores/peer-comparison';
import {
  loadLibrary,
  loadTranslations,
  selectContentLanguage,
  selectLocalised,
  useLibraryStore,
} from '../../stores/library-store';

/**
 * The report model in `language`, independent of the interface language: its strings from that
 * language's locale, the questionnaires' content from their translations into it (source text where
 * there is none, which the report says).
 */
export async function prepareReport(
  assessment: Assessment,
  answers: readonly Answer[],
  language: Language,
): Promise<ReportDocument> {
  const [t] = await Promise.all([fixedT(language), loadLibrary().then(() => loadTranslations(language))]);
  const peers = await peerComparisons(assessment, language, t);
  const state = useLibraryStore.getState();
  const questionnaires: ReportQuestionnaire[] = assessment.questionnaires.flatMap((ref) => {
    const questionnaire = selectLocalised(state, ref, language);
    return questionnaire ? [{ questionnaire, contentLanguage: selectContentLanguage(state, ref, language) }] : [];
  });
  return buildReport({
    language,
    t: (key, vars) => t(key as never, vars as never) as unknown as string,
    assessment,
    answers,
    questionnaires,
    peers,
    createdAt: new Date().toISOString(),
  });
}

type Translate = Awaited<ReturnType<typeof fixedT>>;

/** The peer group chosen on the benchmark screen, for each questionnaire that has one, in `language`. */
async function peerComparisons(assessment: Assessment, language: Language, t: Translate): Promise<PeerComparison[]> {
  const found = await Promise.all(
    assessment.questionnaires.map((ref) =>
      loadPeerComparison(assessment.id, ref.id).catch((error: unknown) => {
        // A report without the peer section is better than no report; the reason goes to the console.
        console.warn('Peer comparison left out of the report', error);
        return undefined;
      }),
    ),
  );
  return found.flatMap((report) =>
    report ? [peerComparisonFromBenchmark(report, describePeerGroup(report, language, t))] : [],
  );
}

/** The peer group in words: how the peers were chosen, how many, and from which pools. */
export function describePeerGroup(report: PeerComparisonReport, language: Language, t: Translate): string {
  const { group, peerCount } = report.comparison;
  const any = t('benchmark.group.any');
  const regions = new Intl.DisplayNames([language], { type: 'region' });
  const parts =
    group.mode === 'nearest'
      ? [`${t('benchmark.group.modes.nearest')}: ${group.nearest}`]
      : [
          `${t('benchmark.group.country')}: ${group.country === null ? any : (regions.of(group.country) ?? group.country)}`,
          `${t('benchmark.group.population')}: ${group.populationBand === null ? any : t(`profile.population.${group.populationBand}`)}`,
          `${t('benchmark.group.urbanisation')}: ${group.urbanisation === null ? any : t(`profile.urbanisation.${group.urbanisation}`)}`,
          `${t('form.year')}: ${group.year === null ? any : String(group.year)}`,
        ];
  parts.push(t('benchmark.peerCount', { n: new Intl.NumberFormat(language).format(peerCount) }));
  parts.push(`${t('benchmark.pools.pool')}: ${report.pools.map((p) => p.title).join(', ')}`);
  return parts.join('; ');
}
