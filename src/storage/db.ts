import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Answer, Assessment } from '../domain/assessment/schema';
import type { StoredQuestionnaire } from './questionnaire-row';

export const DB_NAME = 'eif4scc-self-assessment';

export interface SettingRow {
  key: string;
  value: unknown;
}

export type AnswerKey = [assessmentId: string, questionnaireId: string, itemId: string];

/**
 * The one database. Every version ever released is declared here, in order; a version that changes
 * data has an upgrade() and a test in db.test.ts that seeds the previous version.
 */
export class AppDatabase extends Dexie {
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Table<Answer, AnswerKey>;
  settings!: EntityTable<SettingRow, 'key'>;
  questionnaires!: EntityTable<StoredQuestionnaire, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      assessments: 'id, updatedAt, profile.name, year',
      answers: '[assessmentId+questionnaireId+itemId], assessmentId',
      settings: 'key',
    });
    // v2: user-loaded questionnaires are kept on the device; answers get a per-questionnaire
    // index; rows that hold nothing (no level, note, evidence or flag) are no longer stored.
    this.version(2)
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
  }
}
