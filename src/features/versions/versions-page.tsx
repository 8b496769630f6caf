import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AssessmentNav, assessmentHref } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { IssueList } from '../../components/issue-list';
import { PageHeading } from '../../components/page-heading';
import { answerText } from '../../components/score-text';
import { useLanguage } from '../../components/use-language';
import type { ValidationIssue } from '../../domain/validation/issues';
import { useLibraryStore, selectLocalised } from '../../stores/library-store';
import {
  applyMigration,
  loadArchivedAnswers,
  migrationOptions,
  planMigration,
  type ArchivedAnswerRow,
  type MigrationOption,
  type MigrationPlan,
} from '../../stores/migration';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';
import { MigrationReportView } from './migration-report';

/** The questionnaire versions of an assessment: moving to a newer one, and the answers archived on the way. */
export default function VersionsPage({
  assessmentId,
  questionnaireId,
}: {
  assessmentId: string;
  questionnaireId: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useAssessmentQuestionnaire(assessmentId, questionnaireId, language);
  const library = useLibraryStore();
  const { assessment, ref } = view;
  const [plan, setPlan] = useState<MigrationPlan | undefined>();
  const [done, setDone] = useState<MigrationPlan | undefined>();
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [archived, setArchived] = useState<ArchivedAnswerRow[]>([]);

  useEffect(() => {
    let live = true;
    void loadArchivedAnswers(assessmentId).then((rows) => live && setArchived(rows));
    return () => {
      live = false;
    };
  }, [assessmentId, done]);

  if (view.status !== 'ready' || !assessment || !ref) return <AssessmentStatus view={view} />;
  const options = library.status === 'ready' ? migrationOptions(assessment) : [];
  const title = (q: { id: string; version: string }) => selectLocalised(library, q, language)?.title ?? q.id;
  const optionLabel = (o: MigrationOption) =>
    t('versions.optionLabel', {
      from: title(o.from),
      fromVersion: o.from.version,
      to: title(o.to),
      toVersion: o.to.version,
    });

  async function preview(option: MigrationOption) {
    if (!assessment) return;
    setDone(undefined);
    const result = await planMigration(assessment, option);
    if (result.ok) {
      setPlan(result.value);
      setIssues([]);
    } else setIssues(result.issues);
  }

  return (
    <>
      <PageHeading>{t('versions.title', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="versions" questionnaireId={ref.id} titles={view.titles} />
      <h2>{t('versions.current')}</h2>
      <ul>
        {assessment.questionnaires.map((q) => (
          <li key={q.id}>{t('versions.currentItem', { title: title(q), version: q.version })}</li>
        ))}
      </ul>

      <h2>{t('versions.moveTitle')}</h2>
      {options.length === 0 ? (
        <p>{t('versions.none')}</p>
      ) : (
        <>
          <p>{t('versions.moveIntro')}</p>
          <ul className="plain-list">
            {options.map((o) => (
              <li key={o.file.path}>
                <button type="button" onClick={() => void preview(o)}>
                  {t('versions.preview', { option: optionLabel(o) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {issues.length > 0 && <IssueList title={t('versions.invalidMigration')} issues={issues} />}

      {plan && !done && (
        <section aria-labelledby="preview-h" className="migration-preview">
          <h2 id="preview-h">{t('versions.previewTitle', { option: optionLabel(plan.option) })}</h2>
          {/* Migration files are written in their questionnaire's source language (not yet translated). */}
          <p lang={plan.option.to.language}>{plan.migration.description}</p>
          <MigrationReportView plan={plan} />
          <p>
            <button type="button" className="primary" onClick={() => setConfirming(true)}>
              {t('versions.apply', { to: title(plan.option.to), version: plan.option.to.version })}
            </button>
          </p>
        </section>
      )}
      {done && (
        <section aria-labelledby="done-h" className="migration-done">
          <h2 id="done-h" tabIndex={-1}>
            {t('versions.doneTitle', { to: title(done.option.to), version: done.option.to.version })}
          </h2>
          <p role="status">{t('versions.doneIntro')}</p>
          <MigrationReportView plan={done} />
          <p>
            <Link href={assessmentHref(assessment.id, 'answer', done.option.to.id)}>{t('versions.answerNew')}</Link>
          </p>
        </section>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('versions.confirmTitle')}
        confirmLabel={t('versions.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          if (!plan) return;
          void applyMigration(assessment, plan).then(() => {
            setDone(plan);
            setPlan(undefined);
            requestAnimationFrame(() => document.getElementById('done-h')?.focus());
          });
        }}
      >
        <p>
          {plan &&
            t('versions.confirmBody', {
              archived: plan.outcome.report.archived.length,
              count: plan.outcome.report.added.length,
            })}
        </p>
      </ConfirmDialog>

      <h2>{t('versions.archivedTitle', { count: archived.length })}</h2>
      {archived.length === 0 ? (
        <p>{t('versions.noArchived')}</p>
      ) : (
        <table className="data-table" data-testid="archived-table">
          <caption className="visually-hidden">{t('versions.archivedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.columns.item')}</th>
              <th scope="col">{t('versions.columns.answer')}</th>
              <th scope="col">{t('versions.columns.note')}</th>
              <th scope="col">{t('versions.columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {archived.map((row) => {
              const source = selectLocalised(
                library,
                { id: row.questionnaireId, version: row.questionnaireVersion },
                language,
              );
              const item = source?.items.find((i) => i.id === row.itemId);
              return (
                <tr key={row.id}>
                  <th scope="row">
                    {item?.question ?? row.itemId}
                    <span className="subtle block">
                      {t('versions.fromVersion', { id: row.questionnaireId, version: row.questionnaireVersion })}
                    </span>
                  </th>
                  <td>{source ? answerText(t, source, row.answer.value) : String(row.answer.value ?? '–')}</td>
                  <td className="user-note">{row.answer.note}</td>
                  <td lang={source?.language}>{row.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
