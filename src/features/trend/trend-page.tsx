import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentNav } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { ChartFigure } from '../../components/charts/chart-figure';
import { TrendLines } from '../../components/charts/trend-lines';
import { formatScore } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import { trend } from '../../domain/results/trend';
import { loadHistory, type History } from '../../stores/history';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';

export default function TrendPage({
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
  const [history, setHistory] = useState<History | undefined>();

  useEffect(() => {
    if (!assessment || !ref) return;
    let live = true;
    void loadHistory(assessment, ref.id).then((h) => live && setHistory(h));
    return () => {
      live = false;
    };
    // Answers are a dependency so the current year's line follows edits made in another screen.
  }, [assessment, ref, answers]);

  const result = useMemo(() => (q && history ? trend(q, history.inputs) : undefined), [q, history]);

  if (view.status !== 'ready' || !assessment || !ref || !q) return <AssessmentStatus view={view} />;
  const heading = <PageHeading>{t('trend.title', { name: assessment.profile.name })}</PageHeading>;
  const nav = (
    <AssessmentNav assessmentId={assessment.id} section="trend" questionnaireId={ref.id} titles={view.titles} />
  );
  if (!result) return (<>{heading}{nav}<p role="status" className="loading">{t('common.loading')}</p></>); // prettier-ignore

  const groups = q.groups.filter((g) => g.parent === undefined || q.items.some((i) => i.group === g.id));
  const topGroups = q.groups.filter((g) => g.parent === undefined);
  const series = [
    { key: 'overall', name: t('trend.overall') },
    ...topGroups.map((g) => ({ key: g.id, name: g.title })),
  ];
  const data = result.points.map((p) => ({
    year: p.year,
    overall: p.overall,
    ...Object.fromEntries(topGroups.map((g) => [g.id, p.groups[g.id]])),
  }));
  const score = (s: number | undefined) => (s === undefined ? '–' : formatScore(s, language));

  return (
    <>
      {heading}
      {nav}
      {result.points.length < 2 ? (
        <p>{t('trend.single')}</p>
      ) : (
        <>
          <p>
            {result.versions.length > 1
              ? t('trend.commonItems', {
                  compared: result.comparedItems,
                  count: q.items.length,
                  versions: result.versions.join(', '),
                })
              : t('trend.allItems', { count: result.comparedItems })}
          </p>
          {result.leftOut.length > 0 && (
            <details>
              <summary>{t('trend.leftOut', { count: result.leftOut.length })}</summary>
              <ul>
                {result.leftOut.map((i) => (
                  <li key={i.id}>{i.question}</li>
                ))}
              </ul>
            </details>
          )}
          <ChartFigure
            caption={t('trend.chartCaption')}
            chart={<TrendLines data={data} series={series} />}
            table={
              <table className="data-table" data-testid="trend-table">
                <caption>{t('trend.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('trend.columns.group')}</th>
                    {result.points.map((p) => (
                      <th scope="col" key={p.assessmentId}>
                        {p.year}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t('trend.overall')}</th>
                    {result.points.map((p) => (
                      <td key={p.assessmentId}>{score(p.overall)}</td>
                    ))}
                  </tr>
                  {groups.map((g) => (
                    <tr key={g.id}>
                      <th scope="row">{g.title}</th>
                      {result.points.map((p) => (
                        <td key={p.assessmentId}>{score(p.groups[g.id])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </>
      )}
      {history && history.unavailable.length > 0 && (
        <p className="alert">{t('trend.unavailable', { count: history.unavailable.length })}</p>
      )}
    </>
  );
}
