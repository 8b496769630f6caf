import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentNav } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import { cityScoresOf } from '../../domain/benchmark/city';
import { lookupFrom } from '../../domain/results/plan';
import { scoreQuestionnaire } from '../../domain/scoring/score';
import {
  loadPools,
  openSelection,
  refreshComparison,
  setSelection,
  useBenchmarkStore,
} from '../../stores/benchmark-store';
import { findQuestionnaire, useLibraryStore } from '../../stores/library-store';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';
import { ComparisonView } from './comparison-view';
import { PackageExport } from './package-export';
import { PeerGroupForm } from './peer-group-form';
import { PoolsPanel } from './pools-panel';

export default function BenchmarkPage({
  assessmentId,
  questionnaireId,
}: {
  assessmentId: string;
  questionnaireId: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const view = useAssessmentQuestionnaire(assessmentId, questionnaireId, language);
  const { assessment, ref, questionnaire: q, answers } = view;
  const library = useLibraryStore();
  // Statistics run on the questionnaire as released (ids and scoring); labels come from `q`, localised.
  const source = ref ? findQuestionnaire(library, ref) : undefined;
  const selection = useBenchmarkStore((s) => s.selection);
  const pools = useBenchmarkStore((s) => s.pools);
  const comparison = useBenchmarkStore((s) => s.comparison);
  const comparing = useBenchmarkStore((s) => s.comparing);
  const compareError = useBenchmarkStore((s) => s.compareError);

  const result = useMemo(
    () => (source && ref ? scoreQuestionnaire(source, lookupFrom(Object.values(answers), ref.id)) : undefined),
    [source, ref, answers],
  );
  const city = useMemo(
    () => (assessment && result ? cityScoresOf(assessment, result) : undefined),
    [assessment, result],
  );

  useEffect(() => {
    void loadPools();
  }, []);
  useEffect(() => {
    if (ref) void openSelection(assessmentId, ref.id);
  }, [assessmentId, ref]);
  const current = selection && ref && selection.assessmentId === assessmentId && selection.questionnaireId === ref.id ? selection : null; // prettier-ignore
  useEffect(() => {
    if (current && source && city) void refreshComparison(source, city);
  }, [current, source, city, pools]);

  if (view.status !== 'ready' || !assessment || !ref || !q || !result) return <AssessmentStatus view={view} />;
  return (
    <>
      <PageHeading>{t('benchmark.title', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="benchmark" questionnaireId={ref.id} titles={view.titles} />
      <p className="subtle">{t('answer.questionnaireLine', { title: q.title, version: q.version })}</p>
      <PoolsPanel
        poolIds={current?.poolIds ?? []}
        onChoose={(poolIds) => current && void setSelection({ ...current, poolIds })}
      />
      {current && (
        <PeerGroupForm
          group={current.group}
          version={ref.version}
          onChange={(group) => void setSelection({ ...current, group })}
        />
      )}
      <section aria-labelledby="compare-h" aria-busy={comparing}>
        <h2 id="compare-h">{t('benchmark.comparison')}</h2>
        {compareError && (
          <p role="alert" className="alert alert-error">
            {compareError}
          </p>
        )}
        {!current || current.poolIds.length === 0 ? (
          <p>{t('benchmark.choosePool')}</p>
        ) : comparison ? (
          <ComparisonView q={q} comparison={comparison} cityName={assessment.profile.name} />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
      <section aria-labelledby="bench-method-h">
        <h2 id="bench-method-h">{t('benchmark.method.title')}</h2>
        <ul>
          <li>{t('benchmark.method.quantiles')}</li>
          <li>{t('benchmark.method.rank')}</li>
          <li>{t('benchmark.method.threshold', { threshold: 5 })}</li>
          <li>{t('benchmark.method.versions')}</li>
        </ul>
      </section>
      <PackageExport assessment={assessment} questionnaireRef={ref} result={result} />
    </>
  );
}
