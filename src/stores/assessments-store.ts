import { create } from 'zustand';
import type { ProfileInput } from '../domain/assessment/profile';
import { profileSchema } from '../domain/assessment/profile';
import type { Assessment, QuestionnaireRef } from '../domain/assessment/schema';
import { repositories } from './repositories';

export interface AssessmentsState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  assessments: Assessment[];
}

export const initialAssessmentsState: AssessmentsState = { status: 'idle', assessments: [] };

export const useAssessmentsStore = create<AssessmentsState>()(() => initialAssessmentsState);

export async function loadAssessments(): Promise<void> {
  useAssessmentsStore.setState((s) => ({ status: s.status === 'ready' ? 'ready' : 'loading' }));
  try {
    const assessments = await repositories().assessments.list();
    useAssessmentsStore.setState({ status: 'ready', assessments });
  } catch (error) {
    useAssessmentsStore.setState({ status: 'error' });
    throw error;
  }
}

export interface NewAssessment {
  profile: ProfileInput;
  year: number;
  questionnaires: QuestionnaireRef[];
}

function buildAssessment(input: NewAssessment, now: string): Assessment {
  return {
    id: crypto.randomUUID(),
    profile: profileSchema.parse(input.profile),
    year: input.year,
    questionnaires: input.questionnaires,
    status: 'in-progress',
    createdAt: now,
    updatedAt: now,
  };
}

export async function createAssessment(input: NewAssessment): Promise<Assessment> {
  const assessment = buildAssessment(input, new Date().toISOString());
  await repositories().assessments.put(assessment);
  useAssessmentsStore.setState((s) => ({ assessments: [...s.assessments, assessment] }));
  return assessment;
}

/** Starts a new assessment (e.g. next year's) from the answers of an existing one. */
export async function duplicateAssessment(sourceId: string, input: NewAssessment): Promise<Assessment> {
  const copy = buildAssessment(input, new Date().toISOString());
  await repositories().assessments.duplicate(sourceId, copy);
  useAssessmentsStore.setState((s) => ({ assessments: [...s.assessments, copy] }));
  return copy;
}

export async function deleteAssessment(id: string): Promise<void> {
  await repositories().assessments.delete(id);
  useAssessmentsStore.setState((s) => ({ assessments: s.assessments.filter((a) => a.id !== id) }));
}

/** Most recently changed first. */
export const selectSortedAssessments = (state: AssessmentsState): Assessment[] =>
  [...state.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
