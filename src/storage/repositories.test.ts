import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppDatabase } from './db';
import { StorageError } from './errors';
import { createRepositories, type Repositories } from './repositories';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';

let db: AppDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = new AppDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories(db);
});

afterEach(async () => {
  await db.delete();
});

describe('assessments', () => {
  it('stores, lists and reads back an assessment', async () => {
    await repos.assessments.put(makeAssessment('a1'));
    expect(await repos.assessments.list()).toEqual([makeAssessment('a1')]);
    expect(await repos.assessments.get('a1')).toEqual(makeAssessment('a1'));
    expect(await repos.assessments.get('missing')).toBeUndefined();
  });

  it('refuses to store an invalid row and leaves the database unchanged', async () => {
    const bad = makeAssessment('a1', { year: 1066 });
    await expect(repos.assessments.put(bad)).rejects.toBeInstanceOf(StorageError);
    await expect(repos.assessments.put(bad)).rejects.toMatchObject({ problem: 'invalid-row' });
    expect(await db.assessments.count()).toBe(0);
  });

  it('skips and reports an unreadable row instead of failing the whole list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await repos.assessments.put(makeAssessment('good'));
    await db.assessments.put({ ...makeAssessment('bad'), profile: { name: 42 } } as never);
    expect((await repos.assessments.list()).map((a) => a.id)).toEqual(['good']);
    expect(warn).toHaveBeenCalledWith('Skipped an unreadable assessment row', expect.anything());
    warn.mockRestore();
  });

  it('deletes an assessment together with its answers only', async () => {
    await repos.assessments.put(makeAssessment('a1'));
    await repos.assessments.put(makeAssessment('a2'));
    await repos.answers.save(makeAnswer('a1', 'gov-strategy'));
    await repos.answers.save(makeAnswer('a2', 'gov-strategy'));
    await repos.assessments.delete('a1');
    expect((await repos.assessments.list()).map((a) => a.id)).toEqual(['a2']);
    expect(await repos.answers.listFor('a1')).toEqual([]);
    expect(await repos.answers.listFor('a2')).toHaveLength(1);
  });

  it('duplicates an assessment with its answers', async () => {
    await repos.assessments.put(makeAssessment('a1'));
    await repos.answers.save(
      makeAnswer('a1', 'gov-strategy', { value: 4, note: 'kept', evidence: [{ label: 'x', url: 'https://e.org' }] }),
    );
    const copy = makeAssessment('a2', {
      year: 2027,
      createdAt: '2027-01-01T00:00:00.000Z',
      updatedAt: '2027-01-01T00:00:00.000Z',
    });
    await repos.assessments.duplicate('a1', copy);
    const answers = await repos.answers.listFor('a2');
    expect(answers).toEqual([
      makeAnswer('a2', 'gov-strategy', {
        value: 4,
        note: 'kept',
        evidence: [{ label: 'x', url: 'https://e.org' }],
        updatedAt: '2027-01-01T00:00:00.000Z',
      }),
    ]);
    expect(await repos.answers.listFor('a1')).toHaveLength(1);
  });

  it('duplicating onto an existing id changes nothing (all or nothing)', async () => {
    await repos.assessments.put(makeAssessment('a1'));
    await repos.assessments.put(makeAssessment('a2', { year: 2030 }));
    await repos.answers.save(makeAnswer('a1', 'gov-strategy'));
    await expect(repos.assessments.duplicate('a1', makeAssessment('a2'))).rejects.toBeInstanceOf(StorageError);
    expect((await repos.assessments.get('a2'))?.year).toBe(2030);
    expect(await repos.answers.listFor('a2')).toEqual([]);
  });
});

describe('answers', () => {
  beforeEach(async () => {
    await repos.assessments.put(makeAssessment('a1'));
  });

  it('keeps one row per item, the last write winning, and touches the assessment', async () => {
    await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 2 }));
    await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 'na', updatedAt: '2026-03-01T00:00:00.000Z' }));
    await repos.answers.save(makeAnswer('a1', 'data-open', { value: 5 }));
    const rows = await repos.answers.listFor('a1');
    expect(rows.map((r) => [r.itemId, r.value])).toEqual([
      ['data-open', 5],
      ['gov-strategy', 'na'],
    ]);
    expect((await repos.assessments.get('a1'))?.updatedAt).toBe('2026-01-02T10:00:00.000Z');
  });

  it('removes the row when an answer is cleared of everything', async () => {
    await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 2 }));
    const cleared = makeAnswer('a1', 'gov-strategy', { value: null, updatedAt: '2026-01-02T11:00:00.000Z' });
    expect(await repos.answers.save(cleared)).toBeUndefined();
    expect(await db.answers.count()).toBe(0);
  });

  it('keeps the stored answer and returns it when a write is not newer (another tab won)', async () => {
    const first = makeAnswer('a1', 'gov-strategy', { value: 2 });
    await repos.answers.save(first);
    expect(await repos.answers.save(first)).toBeUndefined();
    const sameMoment = makeAnswer('a1', 'gov-strategy', { value: 4 });
    expect(await repos.answers.save(sameMoment)).toEqual(first);
    expect((await db.answers.toArray()).map((a) => a.value)).toEqual([2]);
  });

  it('keeps an unanswered item that has a note or a flag', async () => {
    await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: null, flagged: true }));
    expect(await repos.answers.listFor('a1')).toHaveLength(1);
  });

  it('refuses a level outside the scale range', async () => {
    await expect(repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 12 }))).rejects.toMatchObject({
      problem: 'invalid-row',
    });
  });
});

describe('settings and loaded questionnaires', () => {
  it('remembers a setting', async () => {
    expect(await repos.settings.get('language')).toBeUndefined();
    await repos.settings.set('language', 'ga');
    expect(await repos.settings.get('language')).toBe('ga');
  });
});

describe('migrate', () => {
  it('replaces a questionnaire’s answers, archives, and updates the reference in one transaction', async () => {
    await repos.assessments.put(makeAssessment('a1'));
    await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 2 }));
    await repos.answers.save(makeAnswer('a1', 'data-open', { value: 4 }));
    const moved = makeAssessment('a1', { questionnaires: [{ id: 'sample', version: '2.0.0' }] });
    await repos.assessments.migrate(moved, 'sample', [makeAnswer('a1', 'gov-mandate', { value: 2 })], [
      { assessmentId: 'a1', questionnaireId: 'sample', questionnaireVersion: '1.0.0', itemId: 'data-open', reason: 'gone', archivedAt: 'now', answer: makeAnswer('a1', 'data-open', { value: 4 }) },
    ]); // prettier-ignore
    expect((await repos.answers.listFor('a1')).map((a) => a.itemId)).toEqual(['gov-mandate']);
    expect((await repos.archive.listFor('a1')).map((a) => [a.itemId, a.answer.value])).toEqual([['data-open', 4]]);
    expect((await repos.assessments.get('a1'))?.questionnaires).toEqual([{ id: 'sample', version: '2.0.0' }]);
  });

  it('changes nothing when any migrated row is invalid', async () => {
    await repos.assessments.put(makeAssessment('a1'));
    await repos.answers.save(makeAnswer('a1', 'gov-strategy', { value: 2 }));
    const moved = makeAssessment('a1', { questionnaires: [{ id: 'sample', version: '2.0.0' }] });
    await expect(
      repos.assessments.migrate(moved, 'sample', [makeAnswer('a1', 'x', { value: 42 })], []),
    ).rejects.toBeInstanceOf(StorageError);
    expect((await repos.answers.listFor('a1')).map((a) => a.itemId)).toEqual(['gov-strategy']);
    expect((await repos.assessments.get('a1'))?.questionnaires).toEqual([{ id: 'sample', version: '1.0.0' }]);
  });
});
