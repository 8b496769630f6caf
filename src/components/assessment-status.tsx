import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AssessmentQuestionnaire } from '../stores/use-assessment-questionnaire';
import { PageHeading } from './page-heading';

/** What an assessment screen shows while its data is loading or missing; null when ready. */
export function AssessmentStatus({ view }: { view: AssessmentQuestionnaire }) {
  const { t } = useTranslation();
  if (view.status === 'ready') return null;
  if (view.status === 'missing') {
    return (
      <>
        <PageHeading>{t('answer.missing')}</PageHeading>
        <Link href="/">{t('answer.backToList')}</Link>
      </>
    );
  }
  if (view.status === 'questionnaire-missing' && view.ref) {
    return (
      <p role="alert" className="alert alert-error">
        {t('answer.questionnaireMissing', { id: view.ref.id, version: view.ref.version })}
      </p>
    );
  }
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}
