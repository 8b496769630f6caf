import type { Assessment, QuestionnaireRef } from '../domain/assessment/schema';
import { migrateAnswers, type MigrationOutcome } from '../domain/migration/apply';
import { loadMigration } from '../domain/migration/load';
import type { Migration } from '../domain/migration/schema';
import { questionnaireKey } from '../domain/questionnaire/load';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { Result } from '../domain/validation/issues';
import { bundledMigrations, type BundledMigration } from '../storage';
import { openAssessment } from './answering-store';
import { findQuestionnaire, loadLibrary, useLibraryStore } from './library-store';
import { repositories } from './repositories';

export interface MigrationOption {
  readonly file: BundledMigration;
  readonly from: Questionnaire;
  readonly to: Questionnaire;
}

/** Declared migrations that can move one of the assessment's questionnaires to another version. */
export function migrationOptions(assessment: Assessment): MigrationOption[] {
  const library = useLibraryStore.getState();
  return bundledMigrations.flatMap((file) => {
    const ref = assessment.questionnaires.find((q) => questionnaireKey(q) === questionnaireKey(file.from));
    const from = ref && findQuestionnaire(library, ref);
    const to = findQuestionnaire(library, file.to);
    // A different questionnaire that the assessment already includes cannot receive a second set of answers.
    const clash = file.to.id !== file.from.id && assessment.questionnaires.some((q) => q.id === file.to.id);
    return from && to && !clash ? [{ file, from, to }] : [];
  });
}

export interface MigrationPlan {
  readonly option: MigrationOption;
  readonly migration: Migration;
  readonly outcome: MigrationOutcome;
}

/** Computes what the migration would do to this assessment's answers, without writing anything. */
export async function planMigration(assessment: Assessment, option: MigrationOption): Promise<Result<MigrationPlan>> {
  await loadLibrary();
  const migration = loadMigration(await option.file.load(), option.file.path, option.from, option.to);
  if (!migration.ok) return migration;
  const answers = await repositories().answers.listFor(assessment.id);
  const outcome = migrateAnswers(migration.value, option.from, option.to, answers, new Date().toISOString());
  return { ok: true, value: { option, migration: migration.value, outcome } };
}

/** Writes a planned migration in one transaction and reopens the assessment. */
export async function applyMigration(assessment: Assessment, plan: MigrationPlan): Promise<Assessment> {
  const { from, to } = plan.option;
  const now = new Date().toISOString();
  const questionnaires: QuestionnaireRef[] = assessment.questionnaires.map((q) =>
    q.id === from.id ? { id: to.id, version: to.version } : q,
  );
  const moved: Assessment = { ...assessment, questionnaires, updatedAt: now };
  await repositories().assessments.migrate(
    moved,
    from.id,
    plan.outcome.answers,
    plan.outcome.archived.map((a) => ({
      assessmentId: assessment.id,
      questionnaireId: from.id,
      questionnaireVersion: a.questionnaireVersion,
      itemId: a.answer.itemId,
      reason: a.reason,
      archivedAt: now,
      answer: a.answer,
    })),
  );
  await openAssessment(assessment.id);
  return moved;
}

export type { ArchivedAnswerRow } from '../storage';

/** The answers of an assessment archived by earlier migrations. */
export const loadArchivedAnswers = (assessmentId: string) => repositories().archive.listFor(assessmentId);
