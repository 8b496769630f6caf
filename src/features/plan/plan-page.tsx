import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { AssessmentNav, assessmentHref } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { formatNumber, formatScore } from '../../components/format';
import { PageHeading } from '../../components/page-heading';
import { SaveStatus } from '../../components/save-status';
import { useLanguage } from '../../components/use-language';
import { MAX_YEAR, MIN_YEAR, type Answer } from '../../domain/assessment/schema';
import { improvementPlan, lookupFrom, type PlanEntry } from '../../domain/results/plan';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { answerKey, changeAnswer } from '../../stores/answering-store';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';

export default function PlanPage({
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
  const plan = useMemo(
    () => (q && ref ? improvementPlan(q, lookupFrom(Object.values(answers), ref.id)) : []),
    [q, ref, answers],
  );

  if (view.status !== 'ready' || !assessment || !ref || !q) return <AssessmentStatus view={view} />;
  const unanswered = q.items.filter((i) => {
    const v = answers[answerKey(ref.id, i.id)]?.value;
    return v === undefined || v === null;
  }).length;

  return (
    <>
      <PageHeading>{t('plan.title', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="plan" questionnaireId={ref.id} titles={view.titles} />
      <SaveStatus />
      <p>{t('plan.intro')}</p>
      <p className="subtle">{t('plan.ranking')}</p>
      {unanswered > 0 && (
        <p className="alert">
          {t('plan.unanswered', { count: unanswered })}{' '}
          <Link href={assessmentHref(assessment.id, 'answer', ref.id)}>{t('plan.goAnswer')}</Link>
        </p>
      )}
      {plan.length === 0 ? (
        <p>{t('plan.empty')}</p>
      ) : (
        <ol className="plan-list">
          {plan.map((entry) => (
            <PlanItem
              key={entry.item.id}
              entry={entry}
              q={q}
              questionnaireId={ref.id}
              answer={answers[answerKey(ref.id, entry.item.id)]}
              defaultYear={assessment.year + 1}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function PlanItem({
  entry,
  q,
  questionnaireId,
  answer,
  defaultYear,
}: {
  entry: PlanEntry;
  q: Questionnaire;
  questionnaireId: string;
  answer: Answer | undefined;
  defaultYear: number;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { item, current, next } = entry;
  const base = `plan-${item.id}`;
  const label = (level: number) => q.scale.levels.find((l) => l.value === level)?.label ?? '';
  const planned = answer?.plan ?? null;
  const top = q.scale.levels.at(-1)?.value ?? next;
  const setPlan = (plan: Answer['plan']) => void changeAnswer(questionnaireId, item.id, { plan });
  return (
    <li className="plan-item" data-item-id={item.id}>
      <h2 className="plan-heading">
        <span className="item-number">{t('item.number', { number: entry.number })}</span> {item.question}
      </h2>
      <p>
        <strong>
          {t('plan.fromTo', { from: current, fromLabel: label(current), to: next, toLabel: label(next) })}
        </strong>{' '}
        <span data-testid="plan-gain">
          {t('plan.gain', {
            itemGain: formatScore(entry.itemGain, language),
            overallGain: formatNumber(entry.overallGain, language, 2),
            weight: formatNumber(item.weight, language),
            share: formatNumber(entry.share * 100, language, 1),
          })}
        </span>
      </p>
      <h3>{t('plan.nextRubric', { level: next, label: label(next) })}</h3>
      <p className="rubric-next">{item.rubric[String(next)]}</p>
      {item.evidence.length > 0 && (
        <>
          <h3>{t('item.evidenceExamples')}</h3>
          <ul>
            {item.evidence.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </>
      )}
      {answer?.note && (
        <>
          <h3>{t('plan.yourNotes')}</h3>
          <p className="user-note">{answer.note}</p>
        </>
      )}
      <fieldset className="plan-controls">
        <legend>{t('plan.planThis')}</legend>
        <div className="flag">
          <input
            type="checkbox"
            id={`${base}-planned`}
            checked={planned !== null}
            onChange={(e) => setPlan(e.target.checked ? { targetLevel: next, year: defaultYear } : null)}
          />
          <label htmlFor={`${base}-planned`}>{t('plan.planned')}</label>
        </div>
        {planned && (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${base}-target`}>{t('plan.targetLevel')}</label>
              <select
                id={`${base}-target`}
                value={planned.targetLevel}
                onChange={(e) => setPlan({ ...planned, targetLevel: Number(e.target.value) })}
              >
                {q.scale.levels
                  .filter((l) => l.value > current && l.value <= top)
                  .map((l) => (
                    <option key={l.value} value={l.value}>
                      {t('item.level', { level: l.value, label: l.label })}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${base}-year`}>{t('plan.targetYear')}</label>
              <input
                id={`${base}-year`}
                type="number"
                className="narrow"
                min={MIN_YEAR}
                max={MAX_YEAR}
                defaultValue={planned.year}
                onChange={(e) => {
                  const year = Number(e.target.value);
                  if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) setPlan({ ...planned, year });
                }}
              />
            </div>
          </div>
        )}
      </fieldset>
    </li>
  );
}
