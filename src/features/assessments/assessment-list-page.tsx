import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { countryName, formatDateTime } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import type { Assessment } from '../../domain/assessment/schema';
import {
  deleteAssessment,
  loadAssessments,
  selectSortedAssessments,
  useAssessmentsStore,
} from '../../stores/assessments-store';

// Loaded after the list: the import code and its validation stay out of the first load.
const ImportAssessment = lazy(() => import('./import-assessment'));

export function AssessmentListPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useAssessmentsStore((s) => s.status);
  const assessments = useAssessmentsStore((s) => s.assessments);
  const sorted = selectSortedAssessments({ status, assessments });
  const [toDelete, setToDelete] = useState<Assessment | undefined>();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    // A failure is shown below (and explained by the storage banner), not thrown again.
    loadAssessments().catch(() => undefined);
  }, []);

  return (
    <>
      <PageHeading>{t('list.title')}</PageHeading>
      <p>{t('list.intro')}</p>
      <p>
        <Link href="/new" className="button primary">
          {t('list.create')}
        </Link>
      </p>
      <Suspense fallback={null}>
        <ImportAssessment />
      </Suspense>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {status === 'error' && <p className="field-error">{t('safety.listUnavailable')}</p>}
      {status === 'ready' && sorted.length === 0 && <p className="empty">{t('list.empty')}</p>}
      {sorted.length > 0 && (
        <table className="data-table">
          <caption className="visually-hidden">{t('list.caption', { count: sorted.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('list.columns.city')}</th>
              <th scope="col">{t('list.columns.year')}</th>
              <th scope="col">{t('list.columns.questionnaires')}</th>
              <th scope="col">{t('list.columns.updated')}</th>
              <th scope="col">{t('list.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link href={`/assessments/${a.id}`}>{a.profile.name}</Link>
                  <span className="subtle"> · {countryName(a.profile.country, language)}</span>
                </th>
                <td>{a.year}</td>
                <td>{a.questionnaires.map((q) => `${q.id} ${q.version}`).join(', ')}</td>
                <td>{formatDateTime(a.updatedAt, language)}</td>
                <td className="actions">
                  <Link
                    href={`/assessments/${a.id}`}
                    className="button"
                    aria-label={t('list.openNamed', { name: a.profile.name, year: a.year })}
                  >
                    {t('list.open')}
                  </Link>
                  <Link
                    href={`/new?from=${a.id}`}
                    className="button"
                    aria-label={t('list.duplicateNamed', { name: a.profile.name, year: a.year })}
                  >
                    {t('list.duplicate')}
                  </Link>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setToDelete(a)}
                    aria-label={t('list.deleteNamed', { name: a.profile.name, year: a.year })}
                  >
                    {t('list.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={toDelete !== undefined}
        title={t('list.confirmDelete.title')}
        confirmLabel={t('list.confirmDelete.confirm')}
        cancelLabel={t('common.cancel')}
        onCancel={() => setToDelete(undefined)}
        onConfirm={() => {
          if (!toDelete) return;
          const { name } = toDelete.profile;
          void deleteAssessment(toDelete.id).then(() => setAnnouncement(t('list.deleted', { name })));
          setToDelete(undefined);
        }}
      >
        <p>{toDelete && t('list.confirmDelete.body', { name: toDelete.profile.name, year: toDelete.year })}</p>
      </ConfirmDialog>
    </>
  );
}
