import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { AppDatabase } from './db';
import { createJournal } from './journal';
import { createRepositories } from './repositories';

let db: AppDatabase;
beforeEach(async () => {
  localStorage.clear();
  db = new AppDatabase(`journal-${crypto.randomUUID()}`);
  await db.open();
  await createRepositories(db).assessments.put(makeAssessment('a1'));
});
afterEach(async () => {
  await db.delete();
});

it('restores a change whose IndexedDB transaction never committed (the tab was closed)', async () => {
  // What save() does before the transaction: the journal entry is written synchronously.
  createJournal(localStorage).record(makeAnswer('a1', 'gov-strategy', { value: 4 }));
  const repos = createRepositories(db, createJournal(localStorage));
  expect(await repos.answers.listFor('a1')).toEqual([]);
  expect(await repos.answers.replayJournal()).toBe(1);
  expect(await repos.answers.listFor('a1')).toEqual([makeAnswer('a1', 'gov-strategy', { value: 4 })]);
  expect(createJournal(localStorage).pending()).toEqual([]);
});

it('never replays an entry over a newer stored answer, and clears committed entries', async () => {
  const repos = createRepositories(db, createJournal(localStorage));
  await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 5, updatedAt: '2026-02-01T00:00:00.000Z' }));
  expect(createJournal(localStorage).pending()).toEqual([]);
  createJournal(localStorage).record(
    makeAnswer('a1', 'gov-strategy', { value: 2, updatedAt: '2026-01-15T00:00:00.000Z' }),
  );
  expect(await repos.answers.replayJournal()).toBe(0);
  expect((await repos.answers.listFor('a1'))[0]?.value).toBe(5);
  expect(createJournal(localStorage).pending()).toEqual([]);
});

it('skips a journal entry that is not a valid answer', async () => {
  localStorage.setItem('eif4scc.journal.a1/sample/x', '{"value":"<script>"}');
  expect(await createRepositories(db, createJournal(localStorage)).answers.replayJournal()).toBe(0);
});
