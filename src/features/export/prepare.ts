import type { Answer, Assessment } from '../../domain/assessment/schema';
import type { Language } from '../../domain/questionnaire/schema';
import { buildReport, type ReportQuestionnaire } from '../../domain/report/build';
import type { ReportDocument } from '../../domain/report/model';
import type { PeerComparison } from '../../domain/report/peers';
import { fixedT } from '../../i18n';
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
  peers?: readonly PeerComparison[],
): Promise<ReportDocument> {
  const [t] = await Promise.all([fixedT(language), loadLibrary().then(() => loadTranslations(language))]);
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
