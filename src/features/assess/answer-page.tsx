import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { AssessmentNav, assessmentHref } from '../../components/assessment-nav';
import { AssessmentStatus } from '../../components/assessment-status';
import { PageHeading } from '../../components/page-heading';
import { useLanguage } from '../../components/use-language';
import type { AnswerChange } from '../../domain/assessment/schema';
import { groupTree, itemNumbers, progressByGroup } from '../../domain/questionnaire/groups';
import { relatedItems } from '../../domain/questionnaire/mim-links';
import { answerKey, changeAnswer } from '../../stores/answering-store';
import { selectLocalised, selectVersionsById, useLibraryStore } from '../../stores/library-store';
import { useAssessmentQuestionnaire } from '../../stores/use-assessment-questionnaire';
import { GroupNav } from './group-nav';
import { ItemCard } from './item-card';
import type { RelatedLink } from './provenance';
import { SaveStatus } from '../../components/save-status';

interface AnswerPageProps {
  assessmentId: string;
  questionnaireId: string | undefined;
  groupId: string | undefined;
}

export function AnswerPage({ assessmentId, questionnaireId, groupId }: AnswerPageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, navigate] = useLocation();
  const view = useAssessmentQuestionnaire(assessmentId, questionnaireId, language);
  const { assessment, ref, questionnaire, answers } = view;

  const tree = useMemo(() => (questionnaire ? groupTree(questionnaire) : []), [questionnaire]);
  const numbers = useMemo(() => itemNumbers(tree), [tree]);
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

  const library = useLibraryStore();
  // The other questionnaires' items that cite the same MIM capability, linked when in this assessment.
  const related = useMemo(() => {
    if (!questionnaire || !assessment) return new Map<string, RelatedLink[]>();
    const others = [...selectVersionsById(library).values()].flatMap((entries) => {
      const inAssessment = assessment.questionnaires.find((r) => r.id === entries[0]?.questionnaire.id);
      const ref = inAssessment ?? entries[0]?.questionnaire;
      const localised = ref && selectLocalised(library, ref, language);
      return localised ? [localised] : [];
    });
    const links = new Map<string, RelatedLink[]>();
    for (const [itemId, items] of relatedItems(questionnaire, others)) {
      links.set(
        itemId,
        items.map(({ questionnaire: other, item }) => ({
          key: `${other.id}/${item.id}`,
          questionnaire: other.title,
          question: item.question,
          href: assessment.questionnaires.some((r) => r.id === other.id)
            ? assessmentHref(assessment.id, 'answer', other.id, item.group)
            : undefined,
        })),
      );
    }
    return links;
  }, [questionnaire, assessment, library, language]);

  // In a translation, what an item assesses is named by its (translated) groups, e.g. "Elements › Legal".
  const groupPaths = useMemo(() => {
    const byId = new Map(questionnaire?.groups.map((g) => [g.id, g]));
    const path = (id: string | undefined): string[] => {
      const g = id === undefined ? undefined : byId.get(id);
      return g ? [...path(g.parent), g.title] : [];
    };
    return new Map([...byId.keys()].map((id) => [id, path(id).join(' › ')]));
  }, [questionnaire]);
  const inSourceLanguage = questionnaire?.language === language;

  const answerable = tree.filter((node) => node.items.length > 0);
  const current = answerable.find((node) => node.group.id === groupId) ?? answerable[0];
  if (view.status !== 'ready' || !assessment || !ref || !questionnaire || !current)
    return <AssessmentStatus view={view} />;

  const index = answerable.indexOf(current);
  const previous = answerable[index - 1];
  const next = answerable[index + 1];
  const href = (gid: string) => assessmentHref(assessment.id, 'answer', ref.id, gid);

  return (
    <>
      <PageHeading>{t('answer.title', { name: assessment.profile.name, year: assessment.year })}</PageHeading>
      <AssessmentNav assessmentId={assessment.id} section="answer" questionnaireId={ref.id} titles={view.titles} />
      <SaveStatus />
      <p className="subtle">
        {t('answer.questionnaireLine', { title: questionnaire.title, version: questionnaire.version })}
      </p>
      <div className="answer-layout">
        <GroupNav tree={tree} progress={progress} currentId={current.group.id} hrefFor={href} />
        <div className="answer-main">
          <h2>{current.group.title}</h2>
          {current.group.description && <p>{current.group.description}</p>}
          {current.items.map((item) => (
            <ItemCard
              key={item.id}
              questionnaireId={ref.id}
              item={item}
              number={numbers.get(item.id) ?? 0}
              scale={questionnaire.scale}
              answer={answers[answerKey(ref.id, item.id)]}
              related={related.get(item.id)}
              assessesLabel={inSourceLanguage ? item.provenance.assesses : (groupPaths.get(item.group) ?? '')}
              inSourceLanguage={inSourceLanguage}
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
