import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AssessmentNav } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { formatNumber, formatScore } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import { workedExample, type WorkedTerm } from '../../domain/results/methodology';
import { lookupFrom } from '../../domain/results/plan';
import { scoreQuestionnaire } from '../../domain/scoring/score';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';

/** The scoring rules as the questionnaire declares them, in words, in symbols and on the user's answers. */
export default function MethodologyPage({
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
  const example = useMemo(
    () => (q && ref ? workedExample(q, scoreQuestionnaire(q, lookupFrom(Object.values(answers), ref.id))) : undefined),
    [q, ref, answers],
  );

  if (view.status !== 'ready' || !assessment || !ref || !q || !example) return <AssessmentStatus view={view} />;
  const n = (x: number) => formatNumber(x, language, 6);
  const sum = (terms: WorkedTerm[]) => (
    <>
      <p className="formula" data-testid="formula-terms">
        {`(${terms.map((term) => `${n(term.weight)} × ${n(term.score)}`).join(' + ')}) ÷ (${terms.map((term) => n(term.weight)).join(' + ')})`}
      </p>
      <p className="formula">
        = {n(terms.reduce((s, term) => s + term.weight * term.score, 0))} ÷{' '}
        {n(terms.reduce((s, term) => s + term.weight, 0))}
      </p>
    </>
  );

  return (
    <>
      <PageHeading>{t('methodology.title')}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="methodology" questionnaireId={ref.id} titles={view.titles} />
      <p>{t('methodology.intro', { title: q.title, version: q.version })}</p>

      <h2>{t('methodology.levelsTitle')}</h2>
      <table className="data-table narrow-table">
        <caption>{t('methodology.levelsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('methodology.columns.level')}</th>
            <th scope="col">{t('methodology.columns.score')}</th>
          </tr>
        </thead>
        <tbody>
          {q.scale.levels.map((l) => (
            <tr key={l.value}>
              <th scope="row">{t('item.level', { level: l.value, label: l.label })}</th>
              <td>{formatScore(q.scoring.levelScores[String(l.value)] ?? 0, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('methodology.levelFormula', { n: q.scale.levels.length })}</p>

      <h2>{t('methodology.groupTitle')}</h2>
      <p>{t('methodology.groupWords')}</p>
      <p className="formula">{t('methodology.groupSymbols')}</p>
      <h2>{t('methodology.overallTitle')}</h2>
      <p>{q.scoring.overall === 'groups' ? t('methodology.overallGroups') : t('methodology.overallItems')}</p>
      <p className="formula">
        {q.scoring.overall === 'groups' ? t('methodology.overallGroupsSymbols') : t('methodology.overallItemsSymbols')}
      </p>
      <h2>{t('methodology.naTitle')}</h2>
      <p>{t('methodology.naWords')}</p>
      <p>{t('methodology.coverageWords')}</p>
      <p>{t('methodology.bandWords')}</p>
      <p>{t('methodology.rounding')}</p>

      <h2>{t('methodology.exampleTitle')}</h2>
      {example.group === undefined ? (
        <p>{t('methodology.noExample')}</p>
      ) : (
        <>
          <p>{t('methodology.exampleGroup', { group: example.group.label })}</p>
          {sum(example.group.terms)}
          <p className="formula" data-testid="example-group-result">{`= ${n(example.group.result)}`}</p>
          {example.group.excluded.length > 0 && (
            <p>{t('methodology.excluded', { items: example.group.excluded.join(', ') })}</p>
          )}
          {example.overall && (
            <>
              <p>{t('methodology.exampleOverall')}</p>
              {sum(example.overall.terms)}
              <p className="formula" data-testid="example-overall-result">{`= ${n(example.overall.result)}`}</p>
            </>
          )}
        </>
      )}
    </>
  );
}
