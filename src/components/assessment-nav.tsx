import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QuestionnaireRef } from '../domain/assessment/schema';

export const ASSESSMENT_SECTIONS = [
  'answer',
  'results',
  'plan',
  'methodology',
  'trend',
  'benchmark',
  'versions',
  'export',
] as const;
export type AssessmentSection = (typeof ASSESSMENT_SECTIONS)[number];

export const assessmentHref = (
  assessmentId: string,
  section: AssessmentSection,
  questionnaireId?: string,
  groupId?: string,
) => ['', 'assessments', assessmentId, section, questionnaireId, groupId].filter((p) => p !== undefined).join('/');

interface AssessmentNavProps {
  assessmentId: string;
  section: AssessmentSection;
  questionnaireId: string;
  titles: { ref: QuestionnaireRef; title: string }[];
}

/** The screens of one assessment, and its questionnaires when it has several. */
export function AssessmentNav({ assessmentId, section, questionnaireId, titles }: AssessmentNavProps) {
  const { t } = useTranslation();
  return (
    <>
      <nav aria-label={t('assessmentNav.label')} className="tabs">
        <ul>
          {ASSESSMENT_SECTIONS.map((s) => (
            <li key={s}>
              <Link
                href={assessmentHref(assessmentId, s, questionnaireId)}
                aria-current={s === section ? 'page' : undefined}
              >
                {t(`assessmentNav.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {titles.length > 1 && (
        <nav aria-label={t('assessmentNav.questionnaires')} className="tabs tabs-secondary">
          <ul>
            {titles.map(({ ref, title }) => (
              <li key={ref.id}>
                <Link
                  href={assessmentHref(assessmentId, section, ref.id)}
                  aria-current={ref.id === questionnaireId ? 'page' : undefined}
                >
                  {title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
