import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeAssessment } from '../../test/fixtures/rows';
import { AppDatabase } from '../storage/db';
import { createJournal } from '../storage/journal';
import { createRepositories } from '../storage/repositories';
import { changeAnswer, openAssessment, useAnsweringStore } from './answering-store';
import { setRepositories } from './repositories';

/** A change whose IndexedDB transaction has not committed when the page is hidden is journaled at once. */

let db: AppDatabase;
beforeEach(async () => {
  localStorage.clear();
  db = new AppDatabase(`flush-${crypto.randomUUID()}`);
  await db.open();
  const repos = createRepositories(db, createJournal(localStorage));
  await repos.assessments.put(makeAssessment('a1'));
  // The commit never completes here, as when the browser freezes the page mid-transaction.
  setRepositories({ ...repos, answers: { ...repos.answers, save: () => new Promise<undefined>(() => undefined) } });
  await openAssessment('a1');
});
afterEach(async () => {
  setRepositories(undefined);
  await db.delete();
});

const journaled = () =>
  createJournal(localStorage)
    .pending()
    .map((a) => `${a.itemId}=${String(a.value)}`);

for (const [event, fire] of [
  ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
  [
    'visibilitychange to hidden',
    () => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    },
  ],
] as const) {
  it(`writes uncommitted changes to the journal on ${event}`, () => {
    void changeAnswer('sample', 'gov-strategy', { value: 2 });
    void changeAnswer('sample', 'gov-owner', { value: 'na' });
    expect(useAnsweringStore.getState().pending).toBe(2);
    expect(journaled()).toEqual([]);
    fire();
    expect(journaled().sort()).toEqual(['gov-owner=na', 'gov-strategy=2']);
  });
}
