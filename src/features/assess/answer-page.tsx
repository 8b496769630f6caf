import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import type { AnswerChange } from '../../domain/assessment/schema';
import { groupTree, progressByGroup } from '../../domain/questionnaire/groups';
import { localiseQuestionnaire } from '../../domain/questionnaire/localise';
import { answerKey, changeAnswer, openAssessment, useAnsweringStore } from '../../stores/answering-store';
import { findQuestionnaire, loadLibrary, useLibraryStore } from '../../stores/library-store';
import { GroupNav } from './group-nav';
import { ItemCard } from './item-card';
import { SaveStatus } from './save-status';

interface AnswerPageProps {
  assessmentId: string;
  questionnaireId: string | undefined;
  groupId: string | undefined;
}

export function AnswerPage({ assessmentId, questionnaireId, groupId }: AnswerPageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const status = useAnsweringStore((s) => s.status);
  const assessment = useAnsweringStore((s) => s.assessment);
  const answers = useAnsweringStore((s) => s.answers);
  const library = useLibraryStore();

  useEffect(() => {
    void openAssessment(assessmentId);
    void loadLibrary();
  }, [assessmentId]);

  const ref = assessment?.questionnaires.find((q) => q.id === questionnaireId) ?? assessment?.questionnaires[0];
  const source = ref ? findQuestionnaire(library, ref) : undefined;
  const questionnaire = useMemo(
    () => (source ? localiseQuestionnaire(source, language) : undefined),
    [source, language],
  );
  const tree = useMemo(() => (questionnaire ? groupTree(questionnaire) : []), [questionnaire]);
  const answerable = tree.filter((node) => node.items.length > 0);
  const current = answerable.find((node) => node.group.id === groupId) ?? answerable[0];
  const progress = useMemo(
    () =>
      progressByGroup(tree, (item) => {
        const value = ref ? answers[answerKey(ref.id, item.id)]?.value : undefined;
        return value !== undefined && value !== null;
      }),
    [tree, answers, ref],
  );

  const onChange = useCallback(
    (itemId: string, change: AnswerChange) => {
      if (ref) void changeAnswer(ref.id, itemId, change);
    },
    [ref],
  );

  if (status === 'missing') {
    return (
      <>
        <PageHeading>{t('answer.missing')}</PageHeading>
        <Link href="/">{t('answer.backToList')}</Link>
      </>
    );
  }
  if (!assessment || !ref || !questionnaire || !current) {
    const unavailable = assessment && ref && library.status === 'ready' && !source;
    return (
      <p role="status">
        {unavailable ? t('answer.questionnaireMissing', { id: ref.id, version: ref.version }) : t('common.loading')}
      </p>
    );
  }

  const index = answerable.indexOf(current);
  const previous = answerable[index - 1];
  const next = answerable[index + 1];
  const href = (gid: string, qid = ref.id) => `/assessments/${assessment.id}/${qid}/${gid}`;
  // Items are numbered through the whole questionnaire, in reading order.
  const firstNumber = answerable.slice(0, index).reduce((sum, node) => sum + node.items.length, 1);

  return (
    <>
      <PageHeading>{t('answer.title', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <SaveStatus />
      {assessment.questionnaires.length > 1 && (
        <nav aria-label={t('answer.questionnaires')} className="tabs">
          <ul>
            {assessment.questionnaires.map((q) => {
              const doc = findQuestionnaire(library, q);
              return (
                <li key={q.id}>
                  <Link
                    href={`/assessments/${assessment.id}/${q.id}`}
                    aria-current={q.id === ref.id ? 'page' : undefined}
                  >
                    {doc ? localiseQuestionnaire(doc, language).title : q.id}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      <p className="subtle">
        {t('answer.questionnaireLine', { title: questionnaire.title, version: questionnaire.version })}
      </p>
      <div className="answer-layout">
        <GroupNav tree={tree} progress={progress} currentId={current.group.id} hrefFor={(gid) => href(gid)} />
        <div className="answer-main">
          <h2>{current.group.title}</h2>
          {current.group.description && <p>{current.group.description}</p>}
          {current.items.map((item, i) => (
            <ItemCard
              key={item.id}
              questionnaireId={ref.id}
              item={item}
              number={firstNumber + i}
              scale={questionnaire.scale}
              answer={answers[answerKey(ref.id, item.id)]}
              onChange={onChange}
            />
          ))}
          <nav aria-label={t('answer.pager')} className="pager">
            {previous && (
              <button type="button" onClick={() => navigate(href(previous.group.id))}>
                {t('answer.previous', { group: previous.group.title })}
              </button>
            )}
            {next && (
              <button type="button" className="primary" onClick={() => navigate(href(next.group.id))}>
                {t('answer.next', { group: next.group.title })}
              </button>
            )}
          </nav>
        </div>
      </div>
    </>
  );
}
