import type { Assessment } from '../domain/assessment/schema';
import { isSamePlace, type TrendInput } from '../domain/results/trend';
import { findQuestionnaire, loadLibrary, useLibraryStore } from './library-store';
import { repositories } from './repositories';

export interface History {
  readonly inputs: TrendInput[];
  /** Assessments of the same place whose questionnaire version is not on this device. */
  readonly unavailable: Assessment[];
}

/** Every assessment of the same place on this device that includes the questionnaire, with its answers. */
export async function loadHistory(current: Assessment, questionnaireId: string): Promise<History> {
  await loadLibrary();
  const library = useLibraryStore.getState();
  const all = await repositories().assessments.list();
  const inputs: TrendInput[] = [];
  const unavailable: Assessment[] = [];
  for (const assessment of all) {
    if (assessment.id !== current.id && !isSamePlace(assessment, current)) continue;
    const ref = assessment.questionnaires.find((q) => q.id === questionnaireId);
    if (!ref) continue;
    const questionnaire = findQuestionnaire(library, ref);
    if (!questionnaire) {
      unavailable.push(assessment);
      continue;
    }
    inputs.push({ assessment, questionnaire, answers: await repositories().answers.listFor(assessment.id) });
  }
  return { inputs, unavailable };
}
