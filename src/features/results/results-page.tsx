import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AssessmentNav, assessmentHref } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { ChartFigure } from '../../components/charts/chart-figure';
import { ItemBars } from '../../components/charts/item-bars';
import { ScoreRadar } from '../../components/charts/score-radar';
import { formatScore } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { answerText, coverageText, scoreWithLevel } from '../../components/score-text';
import { useLanguage } from '../../components/use-language';
import { lookupFrom } from '../../domain/results/plan';
import { groupSeries, itemSeries, strengthsAndGaps } from '../../domain/results/series';
import { scoreQuestionnaire } from '../../domain/scoring/score';
import { answerKey } from '../../stores/answering-store';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';

export default function ResultsPage({
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

  const computed = useMemo(() => {
    if (!q || !ref) return undefined;
    const result = scoreQuestionnaire(q, lookupFrom(Object.values(answers), ref.id));
    const items = itemSeries(result);
    return { result, groups: groupSeries(q, result), items, ...strengthsAndGaps(items) };
  }, [q, ref, answers]);

  if (view.status !== 'ready' || !assessment || !ref || !q || !computed) return <AssessmentStatus view={view} />;
  const { result, groups, items, strengths, gaps } = computed;
  const flagged = items.filter((i) => answers[answerKey(ref.id, i.itemId)]?.flagged);
  const answerHref = (itemId: string) => {
    const groupId = q.items.find((i) => i.id === itemId)?.group;
    return assessmentHref(assessment.id, 'answer', ref.id, groupId);
  };

  return (
    <>
      <PageHeading>{t('results.title', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="results" questionnaireId={ref.id} titles={view.titles} />
      <p className="subtle">{t('answer.questionnaireLine', { title: q.title, version: q.version })}</p>

      <section aria-labelledby="overall-h" className="overall">
        <h2 id="overall-h">{t('results.overall')}</h2>
        <p className="overall-score" data-testid="overall-score">
          {scoreWithLevel(t, q, result.overall.score, language)}
        </p>
        <p data-testid="overall-coverage">
          {coverageText(t, result.overall.coverage, language)}{' '}
          {t('results.counts', {
            answered: result.overall.answered,
            applicable: result.overall.applicable,
            count: result.overall.notApplicable,
          })}
        </p>
        <p className="subtle">
          {t('results.howComputed')}{' '}
          <Link href={assessmentHref(assessment.id, 'methodology', ref.id)}>{t('results.methodologyLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="groups-h">
        <h2 id="groups-h">{t('results.byGroup')}</h2>
        <ChartFigure
          caption={t('results.radarCaption')}
          chart={
            <ScoreRadar
              data={groups.map((g) => ({ label: g.label, score: g.score ?? 0 }))}
              series={[{ key: 'score', name: assessment.profile.name, color: '#003399' }]}
            />
          }
          table={
            <table className="data-table" data-testid="group-table">
              <caption>{t('results.groupTableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.columns.group')}</th>
                  <th scope="col">{t('results.columns.score')}</th>
                  <th scope="col">{t('results.columns.coverage')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.groupId}>
                    <th scope="row">{g.label}</th>
                    <td>{scoreWithLevel(t, q, g.score, language)}</td>
                    <td>{coverageText(t, g.coverage, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </section>

      <section aria-labelledby="items-h">
        <h2 id="items-h">{t('results.byItem')}</h2>
        <ChartFigure
          caption={t('results.barsCaption')}
          chart={<ItemBars data={items} />}
          table={
            <table className="data-table" data-testid="item-table">
              <caption>{t('results.itemTableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.columns.number')}</th>
                  <th scope="col">{t('results.columns.question')}</th>
                  <th scope="col">{t('results.columns.answer')}</th>
                  <th scope="col">{t('results.columns.score')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.itemId}>
                    <td>{i.number}</td>
                    <th scope="row">{i.question}</th>
                    <td>{answerText(t, q, i.value)}</td>
                    <td>{i.score === undefined ? '–' : formatScore(i.score, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </section>

      <div className="two-columns">
        <section aria-labelledby="strengths-h">
          <h2 id="strengths-h">{t('results.strengths')}</h2>
          {strengths.length === 0 ? (
            <p>{t('results.noneYet')}</p>
          ) : (
            <ol>
              {strengths.map((i) => (
                <li key={i.itemId}>
                  {t('item.number', { number: i.number })}: {i.question} — {answerText(t, q, i.value)}
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="gaps-h">
          <h2 id="gaps-h">{t('results.gaps')}</h2>
          {gaps.length === 0 ? (
            <p>{t('results.noneYet')}</p>
          ) : (
            <ol>
              {gaps.map((i) => (
                <li key={i.itemId}>
                  {t('item.number', { number: i.number })}: {i.question} — {answerText(t, q, i.value)}
                </li>
              ))}
            </ol>
          )}
          <p>
            <Link href={assessmentHref(assessment.id, 'plan', ref.id)}>{t('results.planLink')}</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="flagged-h">
        <h2 id="flagged-h">{t('results.flagged', { count: flagged.length })}</h2>
        {flagged.length === 0 ? (
          <p>{t('results.noFlagged')}</p>
        ) : (
          <ul>
            {flagged.map((i) => (
              <li key={i.itemId}>
                <Link href={answerHref(i.itemId)}>
                  {t('item.number', { number: i.number })}: {i.question}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
