import { afterEach, beforeEach, expect, it } from 'vitest';
import { benchmarkPackageSchema } from '../domain/benchmark/package';
import { defaultPeerGroup } from '../domain/benchmark/peer-group';
import { toPeerRecord } from '../domain/benchmark/peer-record';
import { loadQuestionnaire } from '../domain/questionnaire/load';
import { openStorage, type Storage } from '../storage';
import sampleJson from '../../test/fixtures/questionnaires/sample-1.0.0.json';
import seven from '../../test/fixtures/peers/seven-peers.json';
import { makeAnswer, makeAssessment } from '../../test/fixtures/rows';
import { initialLibraryState, useLibraryStore } from './library-store';
import { loadPeerComparison } from './peer-comparison';
import { setRepositories } from './repositories';

let storage: Storage;

beforeEach(async () => {
  storage = await openStorage(`peer-comparison-${crypto.randomUUID()}`);
  setRepositories(storage.repositories);
  useLibraryStore.setState(initialLibraryState);
  const sample = loadQuestionnaire(sampleJson, 'sample-1.0.0.json');
  if (!sample.ok) throw new Error('fixture');
  await storage.repositories.questionnaires.add(sample.value, 'sample-1.0.0.json', '2026-01-01T00:00:00.000Z');
});

afterEach(() => {
  storage.close();
  setRepositories(undefined);
});

it('gives the report the city against its saved peer group, with the pools and the synthetic flag', async () => {
  const repos = storage.repositories;
  await repos.assessments.put(makeAssessment('a1'));
  // The city of the e2e test: governance (50 + 2 × 100) ÷ 3, data 25, overall 54.166667.
  for (const [itemId, value] of [
    ['gov-strategy', 3],
    ['gov-owner', 5],
    ['data-catalogue', 2],
  ] as const) {
    await repos.answers.save(makeAnswer('a1', itemId, { value }));
  }
  expect(await loadPeerComparison('a1', 'sample')).toBeUndefined();

  const records = seven.slice(0, 7).map((p) => toPeerRecord(benchmarkPackageSchema.parse(p), 'p1'));
  const peers = await repos.peers();
  await peers.beginPool({ id: 'p1', title: 'Seven', source: { kind: 'file', label: 'seven-peers.json' }, recordCount: 7, syntheticCount: 0, questionnaires: ['sample@1.0.0'], importedAt: '2026-01-01T00:00:00.000Z', status: 'ready' }); // prettier-ignore
  await peers.putRecords(records, 'p1');
  await peers.finishPool('p1');
  await peers.putSelection({ assessmentId: 'a1', questionnaireId: 'sample', poolIds: ['p1'], group: defaultPeerGroup, updatedAt: '2026-01-01T00:00:00.000Z' }); // prettier-ignore

  const report = await loadPeerComparison('a1', 'sample');
  expect(report?.pools).toEqual([{ id: 'p1', title: 'Seven', recordCount: 7, synthetic: false }]);
  expect(report?.city.overall).toBe(54.166667);
  expect(report?.comparison).toMatchObject({ peerCount: 7, synthetic: false, enough: true, group: defaultPeerGroup });
  expect(report?.comparison.overall.summary?.median).toBe(60);
  expect(report?.comparison.overall.rank).toBeCloseTo(250 / 7, 5);
});
