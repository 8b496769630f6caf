import { useTranslation } from 'react-i18next';
import { AssessmentNav } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';
import { DataExports } from './data-exports';

/** Minimal export screen; the report (PDF, Word) section joins it. */
export default function ExportPage({
  assessmentId,
  questionnaireId,
}: {
  assessmentId: string;
  questionnaireId: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useAssessmentQuestionnaire(assessmentId, questionnaireId, language);
  const { assessment, ref } = view;
  if (view.status !== 'ready' || !assessment || !ref) return <AssessmentStatus view={view} />;
  return (
    <>
      <PageHeading>{t('dataExport.pageTitle', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="export" questionnaireId={ref.id} titles={view.titles} />
      <DataExports assessmentId={assessment.id} questionnaireId={ref.id} />
    </>
  );
}
