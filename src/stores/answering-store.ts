import { create } from 'zustand';
import {
  emptyAnswer,
  isBlankAnswer,
  type Answer,
  type AnswerChange,
  type Assessment,
} from '../domain/assessment/schema';
import { StorageError } from '../storage';
import { repositories } from './repositories';

export const answerKey = (questionnaireId: string, itemId: string): string => `${questionnaireId}/${itemId}`;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** `journaled`: the change is kept in this browser's journal and written when storage works again. */
  | { kind: 'error'; problem: StorageError['problem']; journaled: boolean };

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

/** Changes not yet committed to IndexedDB (in flight or failed), by answer key. */
const uncommitted = new Map<string, Answer>();
let unsubscribe: (() => void) | undefined;

/**
 * Lets go of the open assessment: stops following other tabs' changes and forgets this tab's
 * uncommitted changes (a restore replaced what they were changes of), and resets the state.
 */
export function closeAssessment(): void {
  unsubscribe?.();
  unsubscribe = undefined;
  uncommitted.clear();
  useAnsweringStore.setState(initialAnsweringState);
}

export async function openAssessment(id: string): Promise<void> {
  unsubscribe?.();
  unsubscribe = undefined;
  uncommitted.clear();
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
    // Changes made in another tab (or by this one) arrive here; the visible answers follow them.
    unsubscribe = repositories().answers.observe(
      id,
      (stored) => useAnsweringStore.setState((s) => mergeStored(s, id, stored)),
      (error) => console.warn('Stopped following changes from other tabs', error),
    );
  } catch (error) {
    useAnsweringStore.setState({ status: 'error' });
    throw error;
  }
}

/**
 * The state with the stored answers merged in: a stored answer replaces the shown one when it is
 * newer; a shown answer whose row disappeared was cleared elsewhere. Answers this tab has not yet
 * committed are left alone, so a change being made (or kept after a failure) is never overwritten.
 */
export function mergeStored(
  state: AnsweringState,
  assessmentId: string,
  stored: readonly Answer[],
  pending: ReadonlyMap<string, Answer> = uncommitted,
): Partial<AnsweringState> {
  if (state.assessment?.id !== assessmentId) return {};
  const answers = { ...state.answers };
  const seen = new Set<string>();
  let changed = false;
  for (const row of stored) {
    const key = answerKey(row.questionnaireId, row.itemId);
    seen.add(key);
    const shown = answers[key];
    if (pending.has(key) || (shown && shown.updatedAt >= row.updatedAt)) continue;
    answers[key] = row;
    changed = true;
  }
  for (const [key, shown] of Object.entries(answers)) {
    if (seen.has(key) || pending.has(key) || isBlankAnswer(shown)) continue;
    delete answers[key];
    changed = true;
  }
  return changed ? { answers } : {};
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
  // Two changes in the same millisecond still get increasing times, so the later one wins everywhere.
  const at = previous.updatedAt >= now ? new Date(Date.parse(previous.updatedAt) + 1).toISOString() : now;
  const next: Answer = { ...previous, ...change, updatedAt: at };
  uncommitted.set(key, next);
  useAnsweringStore.setState((s) => ({
    answers: { ...s.answers, [key]: next },
    pending: s.pending + 1,
    save: s.save.kind === 'error' ? s.save : { kind: 'saving' },
  }));
  try {
    const winner = await repositories().answers.save(next);
    if (uncommitted.get(key) === next) {
      uncommitted.delete(key);
      // Another tab's write of this item won (later, or as late and committed first) while this tab
      // ignored it, its own change pending: show the stored answer, as the other tab does.
      if (winner)
        useAnsweringStore.setState((s) =>
          s.answers[key] === next ? { answers: { ...s.answers, [key]: winner } } : {},
        );
    }
    // Storage works (again): earlier changes that failed are written from the journal too.
    if (useAnsweringStore.getState().save.kind === 'error') await retrySaving();
    useAnsweringStore.setState((s) => ({
      pending: s.pending - 1,
      save: s.save.kind === 'error' ? s.save : s.pending > 1 ? { kind: 'saving' } : { kind: 'saved', at },
    }));
  } catch (error) {
    const problem = error instanceof StorageError ? error.problem : 'failed';
    const journaled = error instanceof StorageError && error.journaled;
    useAnsweringStore.setState((s) => ({ pending: s.pending - 1, save: { kind: 'error', problem, journaled } }));
  }
}

/**
 * Writes again what failed: the journal, then every change of this tab not yet committed (one the
 * journal could not hold, when localStorage is full, exists only here). A change is forgotten only
 * once its own write has committed; the error clears when all of them have.
 */
export async function retrySaving(): Promise<void> {
  try {
    const { answers } = repositories();
    await answers.replayJournal();
    for (const [key, answer] of [...uncommitted]) {
      await answers.save(answer);
      if (uncommitted.get(key) === answer) uncommitted.delete(key);
    }
    useAnsweringStore.setState({ save: { kind: 'saved', at: new Date().toISOString() } });
  } catch (error) {
    const problem = error instanceof StorageError ? error.problem : 'failed';
    // What is still uncommitted goes to the journal once more; the message says whether it is held there.
    useAnsweringStore.setState({ save: { kind: 'error', problem, journaled: flushToJournal() } });
  }
}

/**
 * When the page is hidden or closed, changes not yet committed are written to the journal again:
 * it is synchronous, so it completes before the browser freezes or discards the page.
 */
export function flushToJournal(): boolean {
  if (uncommitted.size === 0) return true;
  try {
    return repositories().answers.holdInJournal([...uncommitted.values()]);
  } catch {
    return false;
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => void flushToJournal());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushToJournal();
  });
}
