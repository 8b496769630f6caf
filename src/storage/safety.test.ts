import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { AppDatabase } from './db';
import { StorageError } from './errors';
import { createJournal } from './journal';
import { createRepositories } from './repositories';
import { unavailableRepositories } from './index';

let db: AppDatabase;
beforeEach(async () => {
  localStorage.clear();
  db = new AppDatabase(`safety-${crypto.randomUUID()}`);
  await db.open();
  await createRepositories(db).assessments.put(makeAssessment('a1'));
});
afterEach(async () => {
  await db.delete();
});

const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

it('keeps the newest write of an item when an older one commits after it (two tabs)', async () => {
  const repos = createRepositories(db, createJournal(localStorage));
  await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 5, updatedAt: at(2) }));
  // The other tab's change was made earlier but its transaction commits later.
  await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 1, updatedAt: at(1) }));
  expect((await repos.answers.listFor('a1'))[0]).toMatchObject({ value: 5, updatedAt: at(2) });
  expect(createJournal(localStorage).pending()).toEqual([]);
});

it('keeps a change that failed to commit in the journal, says so, and writes it at the next replay', async () => {
  const repos = createRepositories(db, createJournal(localStorage));
  // The browser refuses the write as it does when the disk or the origin's quota is full.
  const put = db.answers.put.bind(db.answers);
  db.answers.put = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const change = makeAnswer('a1', 'gov-owner', { value: 4, updatedAt: at(3) });
  const failure = await repos.answers.save(change).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(StorageError);
  expect(failure).toMatchObject({ problem: 'quota', journaled: true });
  expect(createJournal(localStorage).pending()).toEqual([change]);
  expect(await repos.answers.listFor('a1')).toEqual([]);

  db.answers.put = put;
  expect(await repos.answers.replayJournal()).toBe(1);
  expect(await repos.answers.listFor('a1')).toEqual([change]);
  expect(createJournal(localStorage).pending()).toEqual([]);
});

it('says honestly when a failed change could not be journaled either', async () => {
  const full = {
    ...localStorage,
    length: 0,
    key: () => null,
    getItem: () => null,
    removeItem: () => undefined,
    clear: () => undefined,
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  } satisfies Storage;
  const repos = createRepositories(db, createJournal(full));
  db.close();
  const failure = await repos.answers.save(makeAnswer('a1', 'gov-owner')).catch((error: unknown) => error);
  expect(failure).toMatchObject({ journaled: false });
  await db.open();
});

it('writes uncommitted answers to the journal on demand (page hidden)', () => {
  const repos = createRepositories(db, createJournal(localStorage));
  const rows = [makeAnswer('a1', 'gov-owner', { value: 2 }), makeAnswer('a1', 'data-open', { value: 'na' })];
  expect(repos.answers.holdInJournal(rows)).toBe(true);
  expect(createJournal(localStorage).pending()).toHaveLength(2);
});

it('tells an observer about every committed change of an assessment', async () => {
  const repos = createRepositories(db, createJournal(localStorage));
  const seen: string[][] = [];
  const stop = repos.answers.observe(
    'a1',
    (rows) => seen.push(rows.map((r) => `${r.itemId}=${String(r.value)}`)),
    (error) => {
      throw error;
    },
  );
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 2, updatedAt: at(5) }));
  await expect.poll(() => seen.at(-1)).toEqual(['gov-strategy=2']);
  // Another connection to the same database stands for another tab.
  const other = new AppDatabase(db.name);
  await createRepositories(other).answers.save(makeAnswer('a1', 'gov-owner', { value: 'na', updatedAt: at(6) }));
  await expect.poll(() => seen.at(-1)).toEqual(['gov-owner=na', 'gov-strategy=2']);
  stop();
  other.close();
});

it('without a database every read and write fails with the reason, and answer changes go to the journal', async () => {
  const repos = unavailableRepositories(new StorageError('unavailable', 'IndexedDB is disabled'));
  await expect(repos.assessments.list()).rejects.toMatchObject({ problem: 'unavailable' });
  await expect(repos.questionnaires.add).rejects.toMatchObject({ problem: 'unavailable' });
  const change = makeAnswer('a1', 'gov-owner', { value: 1 });
  await expect(repos.answers.save(change)).rejects.toMatchObject({ problem: 'unavailable', journaled: true });
  expect(createJournal(localStorage).pending()).toEqual([change]);
  const errors: string[] = [];
  repos.answers.observe(
    'a1',
    () => undefined,
    (e) => errors.push(e.problem),
  )();
  expect(errors).toEqual(['unavailable']);
});
