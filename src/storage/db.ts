import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Answer, Assessment } from '../domain/assessment/schema';
import type { BenchmarkSelectionRow, PeerPoolRow, PeerSet } from './benchmark-rows';
import type { StoredQuestionnaire } from './questionnaire-row';

export const DB_NAME = 'eif4scc-self-assessment';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type AnswerKey = [assessmentId: string, questionnaireId: string, itemId: string];

/** An answer kept after a migration left its item without a successor (or merged it away). */
export interface ArchivedAnswerRow {
  id: string;
  assessmentId: string;
  questionnaireId: string;
  questionnaireVersion: string;
  itemId: string;
  reason: string;
  archivedAt: string;
  answer: Answer;
}

/**
 * The one database. Every version ever released is declared here, in order; a version that changes
 * data has an upgrade() and a test in db.test.ts that seeds the previous version.
 */
export class AppDatabase extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Table<Answer, AnswerKey>;
  settings!: EntityTable<SettingRow, 'key'>;
  questionnaires!: EntityTable<StoredQuestionnaire, 'key'>;
  archivedAnswers!: EntityTable<ArchivedAnswerRow, 'id'>;
  peerPools!: EntityTable<PeerPoolRow, 'id'>;
  peerSets!: Table<PeerSet, [poolId: string, setId: string]>;
  benchmarkSelections!: Table<BenchmarkSelectionRow, [assessmentId: string, questionnaireId: string]>;

  constructor(name = DB_NAME) {
    super(name);
    declareVersions(this);
  }
}

/** The latest database version. */
export const LATEST_VERSION = 4;

/**
 * Declares every released version, in order, up to `upTo`; tests open a database at exactly an
 * older version with the real declarations (and upgrade functions) to test each step.
 */
export function declareVersions(db: Dexie, upTo = LATEST_VERSION): void {
  db.version(1).stores({
    assessments: 'id, updatedAt, profile.name, year',
    answers: '[assessmentId+questionnaireId+itemId], assessmentId',
    settings: 'key',
  });
  if (upTo < 2) return;
  // v2: user-loaded questionnaires are kept on the device; answers get a per-questionnaire
  // index; rows that hold nothing (no level, note, evidence or flag) are no longer stored.
  db.version(2)
    .stores({
      answers: '[assessmentId+questionnaireId+itemId], assessmentId, [assessmentId+questionnaireId]',
      questionnaires: 'key, id',
    })
    .upgrade((tx) =>
      tx
        .table<Answer, AnswerKey>('answers')
        .filter((a) => a.value === null && !a.note && (a.evidence?.length ?? 0) === 0 && !a.flagged)
        .delete(),
    );
  if (upTo < 3) return;
  // v3: answers archived by questionnaire migrations, kept with their assessment.
  db.version(3).stores({
    archivedAnswers: 'id, assessmentId',
  });
  if (upTo < 4) return;
  // v4: peer pools for benchmarking, their records in sets (by questionnaire version, country and
  // year, indexed for the peer-group filters), and the pools and peer group chosen per assessment.
  db.version(4).stores({
    peerPools: 'id, importedAt',
    peerSets: '[poolId+setId], [poolId+questionnaireId], [questionnaireId+questionnaireVersion], country, year',
    benchmarkSelections: '[assessmentId+questionnaireId], assessmentId',
  });
}
