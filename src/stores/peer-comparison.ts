import { cityScoresOf, type PeerComparisonReport, type PoolSummary } from '../domain/benchmark/city';
import type { DeclaredMigration } from '../domain/benchmark/align';
import { comparePeers, preparePeers, type CityScores, type PeerComparison } from '../domain/benchmark/comparison';
import { defaultPeerGroup, type PeerGroup } from '../domain/benchmark/peer-group';
import { loadMigration } from '../domain/migration/load';
import { lookupFrom } from '../domain/results/plan';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { scoreQuestionnaire } from '../domain/scoring/score';
import { bundledMigrations, type PeerPoolRow } from '../storage';
import { ask, nextRequestId, send, workersAvailable } from './benchmark-client';
import { findQuestionnaire, loadLibrary, useLibraryStore } from './library-store';
import { repositories } from './repositories';

/** A pool counts as synthetic when any of its records is: it is never mixed with real peers. */
export const isSyntheticPool = (p: PeerPoolRow): boolean => p.syntheticCount > 0;

export const poolSummary = (p: PeerPoolRow): PoolSummary => ({
  id: p.id,
  title: p.title,
  recordCount: p.recordCount,
  synthetic: isSyntheticPool(p),
});

/** Declared migrations into `target` whose source questionnaire is in the library (validated). */
export async function migrationsInto(target: Questionnaire): Promise<DeclaredMigration[]> {
  await loadLibrary();
  const library = useLibraryStore.getState();
  const out: DeclaredMigration[] = [];
  for (const file of bundledMigrations) {
    if (file.to.id !== target.id || file.to.version !== target.version) continue;
    const from = findQuestionnaire(library, file.from);
    if (!from) continue;
    const m = loadMigration(await file.load(), file.path, from, target);
    if (m.ok) out.push({ from: file.from, migration: m.value });
  }
  return out;
}

/** Runs the statistics in the worker (inline where there is no Worker, as in unit tests). */
export async function runComparison(
  poolIds: string[],
  questionnaire: Questionnaire,
  city: CityScores,
  group: PeerGroup,
): Promise<PeerComparison> {
  const migrations = await migrationsInto(questionnaire);
  if (!workersAvailable()) {
    const ids = [questionnaire.id, ...migrations.map((m) => m.from.id)];
    const records = await (await repositories().peers()).loadRecords(poolIds, [...new Set(ids)]);
    return comparePeers(preparePeers(records, questionnaire, migrations), questionnaire, city, group, poolIds);
  }
  const requestId = nextRequestId();
  const result = await ask<{ ok: PeerComparison } | { error: string }>(
    { kind: 'compare', requestId, poolIds, questionnaire, migrations, city, group },
    (m) =>
      m.kind === 'compared' && m.requestId === requestId
        ? { ok: m.comparison }
        : (m.kind === 'compare-failed' && m.requestId === requestId) || m.kind === 'worker-failed'
          ? { error: m.message }
          : undefined,
  );
  if ('error' in result) throw new Error(result.error);
  return result.ok;
}

export const invalidatePeers = (): void => {
  if (workersAvailable()) send({ kind: 'invalidate' });
};

/**
 * The city against its saved peer group, for the report: the statistics, the pools they come from
 * (synthetic or not) and the city's own scores. Undefined when no pool is chosen for this
 * assessment and questionnaire, or the assessment or questionnaire is missing.
 */
export async function loadPeerComparison(
  assessmentId: string,
  questionnaireId: string,
): Promise<PeerComparisonReport | undefined> {
  const repos = repositories();
  const [assessment, selection, pools] = await Promise.all([
    repos.assessments.get(assessmentId),
    repos.peers().then((p) => p.getSelection(assessmentId, questionnaireId)),
    repos.peers().then((p) => p.listPools()),
  ]);
  const ref = assessment?.questionnaires.find((q) => q.id === questionnaireId);
  if (!assessment || !ref || !selection) return undefined;
  const chosen = pools.filter((p) => selection.poolIds.includes(p.id));
  if (chosen.length === 0) return undefined;
  await loadLibrary();
  const questionnaire = findQuestionnaire(useLibraryStore.getState(), ref);
  if (!questionnaire) return undefined;
  const answers = await repos.answers.listFor(assessmentId);
  const city = cityScoresOf(assessment, scoreQuestionnaire(questionnaire, lookupFrom(answers, ref.id)));
  const comparison = await runComparison(
    chosen.map((p) => p.id),
    questionnaire,
    city,
    selection.group ?? defaultPeerGroup,
  );
  return { comparison, pools: chosen.map(poolSummary), city };
}
