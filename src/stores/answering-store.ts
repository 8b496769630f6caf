import { create } from 'zustand';
import { emptyAnswer, type Answer, type AnswerChange, type Assessment } from '../domain/assessment/schema';
import { StorageError } from '../storage';
import { repositories } from './repositories';

export const answerKey = (questionnaireId: string, itemId: string): string => `${questionnaireId}/${itemId}`;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; problem: StorageError['problem'] };

export interface AnsweringState {
  assessment: Assessment | undefined;
  status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  answers: Record<string, Answer>;
  save: SaveState;
  /** Writes not yet committed to IndexedDB. */
  pending: number;
}

export const initialAnsweringState: AnsweringState = {
  assessment: undefined,
  status: 'idle',
  answers: {},
  save: { kind: 'idle' },
  pending: 0,
};

export const useAnsweringStore = create<AnsweringState>()(() => initialAnsweringState);

export async function openAssessment(id: string): Promise<void> {
  useAnsweringStore.setState({ ...initialAnsweringState, status: 'loading' });
  try {
    const assessment = await repositories().assessments.get(id);
    if (!assessment) {
      useAnsweringStore.setState({ status: 'missing' });
      return;
    }
    const rows = await repositories().answers.listFor(id);
    const answers: Record<string, Answer> = {};
    for (const row of rows) answers[answerKey(row.questionnaireId, row.itemId)] = row;
    useAnsweringStore.setState({ assessment, answers, status: 'ready' });
  } catch (error) {
    useAnsweringStore.setState({ status: 'error' });
    throw error;
  }
}

/**
 * Applies a change to one answer and commits it to IndexedDB at once. The screen shows the change
 * immediately; the save state says when it is committed, or why it could not be.
 */
export async function changeAnswer(questionnaireId: string, itemId: string, change: AnswerChange): Promise<void> {
  const { assessment, answers } = useAnsweringStore.getState();
  if (!assessment) return;
  const now = new Date().toISOString();
  const key = answerKey(questionnaireId, itemId);
  const previous = answers[key] ?? emptyAnswer(assessment.id, questionnaireId, itemId, now);
  const next: Answer = { ...previous, ...change, updatedAt: now };
  useAnsweringStore.setState((s) => ({
    answers: { ...s.answers, [key]: next },
    pending: s.pending + 1,
    save: { kind: 'saving' },
  }));
  try {
    await repositories().answers.save(next);
    useAnsweringStore.setState((s) => ({
      pending: s.pending - 1,
      save: s.save.kind === 'error' ? s.save : s.pending > 1 ? { kind: 'saving' } : { kind: 'saved', at: now },
    }));
  } catch (error) {
    const problem = error instanceof StorageError ? error.problem : 'failed';
    useAnsweringStore.setState((s) => ({ pending: s.pending - 1, save: { kind: 'error', problem } }));
  }
}
