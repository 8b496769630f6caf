import { useEffect, useMemo } from 'react';
import type { Answer, Assessment, QuestionnaireRef } from '../domain/assessment/schema';
import type { Language, Questionnaire } from '../domain/questionnaire/schema';
import { openAssessment, useAnsweringStore } from './answering-store';
import {
  findQuestionnaire,
  loadLibrary,
  loadTranslations,
  selectLocalised,
  selectReadyIn,
  useLibraryStore,
} from './library-store';

export interface AssessmentQuestionnaire {
  status: 'loading' | 'ready' | 'missing' | 'questionnaire-missing';
  assessment: Assessment | undefined;
  ref: QuestionnaireRef | undefined;
  /** The questionnaire in the active language (source text where not translated). */
  questionnaire: Questionnaire | undefined;
  answers: Record<string, Answer>;
  /** Title of every questionnaire of the assessment, for switching between them. */
  titles: { ref: QuestionnaireRef; title: string }[];
}

/** Opens an assessment (once) and the chosen questionnaire of it; shared by every assessment screen. */
export function useAssessmentQuestionnaire(
  assessmentId: string,
  questionnaireId: string | undefined,
  language: Language,
): AssessmentQuestionnaire {
  const status = useAnsweringStore((s) => s.status);
  const assessment = useAnsweringStore((s) => s.assessment);
  const answers = useAnsweringStore((s) => s.answers);
  const library = useLibraryStore();

  useEffect(() => {
    if (useAnsweringStore.getState().assessment?.id !== assessmentId) void openAssessment(assessmentId);
    void loadLibrary();
  }, [assessmentId]);
  useEffect(() => {
    void loadTranslations(language);
  }, [language]);

  const current = assessment?.id === assessmentId ? assessment : undefined;
  const ref = current?.questionnaires.find((q) => q.id === questionnaireId) ?? current?.questionnaires[0];
  const source = ref ? findQuestionnaire(library, ref) : undefined;
  const questionnaire = useMemo(
    () => (ref ? selectLocalised(library, ref, language) : undefined),
    [library, ref, language],
  );
  const titles = useMemo(
    () =>
      (current?.questionnaires ?? []).map((r) => {
        return { ref: r, title: selectLocalised(library, r, language)?.title ?? r.id };
      }),
    [current, library, language],
  );

  let state: AssessmentQuestionnaire['status'] = 'loading';
  if (status === 'missing') state = 'missing';
  else if (current && ref && questionnaire && selectReadyIn(library, language)) state = 'ready';
  else if (current && ref && library.status === 'ready' && !source) state = 'questionnaire-missing';
  return { status: state, assessment: current, ref, questionnaire, answers: current ? answers : {}, titles };
}
