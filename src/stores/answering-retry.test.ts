import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { AppDatabase } from '../storage/db';
import { StorageError } from '../storage/errors';
import { createJournal } from '../storage/journal';
import { createRepositories, type Repositories } from '../storage/repositories';
import { answerKey, changeAnswer, openAssessment, useAnsweringStore } from './answering-store';
import { setRepositories } from './repositories';

/**
 * A save that failed while the journal could not hold it either (localStorage full) exists only in
 * the tab's memory: the next successful save must write it too, not report "saved" and drop it.
 */
let db: AppDatabase;
let repos: Repositories;
let failNext = 0;
/** Runs inside the next save, before it writes: another tab's write committing first. */
let interleave: (() => Promise<unknown>) | undefined;

beforeEach(async () => {
  localStorage.clear();
  db = new AppDatabase(`retry-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories(db, createJournal(localStorage));
  await repos.assessments.put(makeAssessment('a1'));
  const save: Repositories['answers']['save'] = async (answer) => {
    const other = interleave;
    interleave = undefined;
    if (other) await other();
    if (failNext > 0) {
      failNext -= 1;
      const failure = new StorageError('quota', 'The disk is full');
      failure.journaled = false;
      return Promise.reject(failure);
    }
    return repos.answers.save(answer);
  };
  setRepositories({ ...repos, answers: { ...repos.answers, save } });
  await openAssessment('a1');
});
afterEach(async () => {
  setRepositories(undefined);
  await db.delete();
});

it('writes a change that failed unjournaled once storage works again, before saying "saved"', async () => {
  failNext = 1;
  await changeAnswer('sample', 'gov-strategy', { value: 3 });
  expect(useAnsweringStore.getState().save).toMatchObject({ kind: 'error', problem: 'quota' });
  expect(await db.answers.count()).toBe(0);

  await changeAnswer('sample', 'gov-owner', { value: 4 });
  expect(useAnsweringStore.getState().save.kind).toBe('saved');
  const stored = (await db.answers.toArray()).map((a) => `${a.itemId}=${String(a.value)}`).sort();
  expect(stored).toEqual(['gov-owner=4', 'gov-strategy=3']);
});

it('shows the later write of another tab when that write committed first and this tab’s save was skipped', async () => {
  // Another tab's later change reaches the database while this tab's own change is still in flight.
  const later = { ...makeAnswer('a1', 'gov-owner', { value: 5 }), updatedAt: '2999-01-01T00:00:00.000Z' };
  interleave = () => repos.answers.save(later);
  await changeAnswer('sample', 'gov-owner', { value: 2 });
  expect((await db.answers.toArray()).map((a) => a.value)).toEqual([5]);
  expect(useAnsweringStore.getState().answers[answerKey('sample', 'gov-owner')]?.value).toBe(5);
});
