import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { AppDatabase, declareVersions, LATEST_VERSION } from './db';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Version 1 exactly as it was released, to seed data the way an old app left it. */
function openVersion1(name: string): Dexie {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    assessments: 'id, updatedAt, profile.name, year',
    answers: '[assessmentId+questionnaireId+itemId], assessmentId',
    settings: 'key',
  });
  return v1;
}

it('upgrades version 1 to 2: keeps every meaningful answer, drops blank rows, adds the questionnaire store', async () => {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  const v1 = openVersion1(name);
  await v1.table('assessments').put(makeAssessment('a1'));
  await v1
    .table('answers')
    .bulkPut([
      makeAnswer('a1', 'gov-strategy', { value: 4 }),
      makeAnswer('a1', 'gov-owner', { value: null, note: 'ask HR' }),
      makeAnswer('a1', 'data-open', { value: null, flagged: true }),
      makeAnswer('a1', 'data-models', { value: null }),
      makeAnswer('a1', 'data-catalogue', { value: 'na' }),
    ]);
  await v1.table('settings').put({ key: 'language', value: 'mt' });
  v1.close();

  const db = new AppDatabase(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.assessments.toArray()).toEqual([makeAssessment('a1')]);
  const answers = await db.answers.where('[assessmentId+questionnaireId]').equals(['a1', 'sample']).toArray();
  expect(answers.map((a) => a.itemId).sort()).toEqual(['data-catalogue', 'data-open', 'gov-owner', 'gov-strategy']);
  expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'mt' });
  expect(await db.questionnaires.count()).toBe(0);
  db.close();
});

it('opens an empty database at the latest version', async () => {
  const name = `fresh-${crypto.randomUUID()}`;
  names.push(name);
  const db = new AppDatabase(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(db.tables.map((t) => t.name).sort()).toEqual([
    'answers',
    'archivedAnswers',
    'assessments',
    'benchmarkSelections',
    'peerPools',
    'peerSets',
    'questionnaires',
    'settings',
  ]);
  db.close();
});

it('reads answer rows written before the improvement plan existed (no `plan` field)', async () => {
  const name = `plan-${crypto.randomUUID()}`;
  names.push(name);
  const db = new AppDatabase(name);
  await db.open();
  const { plan: _, ...old } = makeAnswer('a1', 'gov-strategy');
  await db.answers.put(old as never);
  const { createRepositories } = await import('./repositories');
  expect(await createRepositories(db).answers.listFor('a1')).toEqual([makeAnswer('a1', 'gov-strategy')]);
  db.close();
});

it('upgrades version 2 to 3: keeps assessments, answers and loaded questionnaires, adds the archive', async () => {
  const name = `upgrade3-${crypto.randomUUID()}`;
  names.push(name);
  const v2 = new Dexie(name);
  v2.version(1).stores({
    assessments: 'id, updatedAt, profile.name, year',
    answers: '[assessmentId+questionnaireId+itemId], assessmentId',
    settings: 'key',
  });
  v2.version(2).stores({
    answers: '[assessmentId+questionnaireId+itemId], assessmentId, [assessmentId+questionnaireId]',
    questionnaires: 'key, id',
  });
  await v2.table('assessments').put(makeAssessment('a1'));
  await v2.table('answers').put(makeAnswer('a1', 'gov-strategy', { value: 2 }));
  await v2
    .table('questionnaires')
    .put({ key: 'x@1.0.0', id: 'x', version: '1.0.0', fileName: 'x.json', loadedAt: 'then', document: {} });
  v2.close();

  const db = new AppDatabase(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.answers.toArray()).toEqual([makeAnswer('a1', 'gov-strategy', { value: 2 })]);
  expect(await db.questionnaires.count()).toBe(1);
  expect(await db.archivedAnswers.count()).toBe(0);
  db.close();
});

it('upgrades step by step with the declared versions, v1 → v2 → v3, to the same rows as the jump v1 → v3', async () => {
  const seed = async (name: string) => {
    names.push(name);
    const v1 = new Dexie(name);
    declareVersions(v1, 1);
    await v1.table('assessments').put(makeAssessment('a1'));
    await v1
      .table('answers')
      .bulkPut([makeAnswer('a1', 'gov-strategy', { value: 4 }), makeAnswer('a1', 'gov-owner', { value: null })]);
    v1.close();
  };
  const stepped = `stepped-${crypto.randomUUID()}`;
  await seed(stepped);
  const v2 = new Dexie(stepped);
  declareVersions(v2, 2);
  await v2.open();
  expect(v2.verno).toBe(2);
  expect((await v2.table('answers').toArray()).map((a: { itemId: string }) => a.itemId)).toEqual(['gov-strategy']);
  v2.close();
  const stepDb = new AppDatabase(stepped);
  await stepDb.open();

  const jumped = `jumped-${crypto.randomUUID()}`;
  await seed(jumped);
  const jumpDb = new AppDatabase(jumped);
  await jumpDb.open();

  expect(stepDb.verno).toBe(LATEST_VERSION);
  expect(jumpDb.verno).toBe(LATEST_VERSION);
  for (const table of ['assessments', 'answers', 'settings', 'questionnaires', 'archivedAnswers'])
    expect(await stepDb.table(table).toArray(), table).toEqual(await jumpDb.table(table).toArray());
  stepDb.close();
  jumpDb.close();
});

it('still opens, with its data, a database that a newer version of the app upgraded (a tab left behind)', async () => {
  const name = `newer-${crypto.randomUUID()}`;
  names.push(name);
  const current = new AppDatabase(name);
  await current.assessments.put(makeAssessment('a1'));
  current.close();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 1000);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(new Error('open failed'));
  });
  const old = new AppDatabase(name);
  await old.open();
  expect(await old.assessments.toArray()).toEqual([makeAssessment('a1')]);
  old.close();
});

it('upgrades version 3 to 4: keeps every earlier row, adds empty peer pools, records and selections', async () => {
  const name = `upgrade4-${crypto.randomUUID()}`;
  names.push(name);
  const v3 = new Dexie(name);
  declareVersions(v3, 3);
  await v3.table('assessments').put(makeAssessment('a1'));
  await v3.table('answers').put(makeAnswer('a1', 'gov-strategy', { value: 2 }));
  await v3.table('archivedAnswers').put({ id: 'x', assessmentId: 'a1' });
  await v3.table('settings').put({ key: 'language', value: 'ga' });
  v3.close();

  const db = new AppDatabase(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.assessments.toArray()).toEqual([makeAssessment('a1')]);
  expect(await db.answers.toArray()).toEqual([makeAnswer('a1', 'gov-strategy', { value: 2 })]);
  expect(await db.archivedAnswers.count()).toBe(1);
  expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'ga' });
  expect([await db.peerPools.count(), await db.peerSets.count(), await db.benchmarkSelections.count()]).toEqual([0, 0, 0]); // prettier-ignore
  // The filter indexes exist.
  expect(db.peerSets.schema.indexes.map((i) => i.name).sort()).toEqual([
    '[poolId+questionnaireId]',
    '[questionnaireId+questionnaireVersion]',
    'country',
    'year',
  ]);
  db.close();
});
