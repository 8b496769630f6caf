import type { Questionnaire } from '../questionnaire/schema';
import type { QuestionnaireScore } from '../scoring/score';

export interface WorkedTerm {
  readonly label: string;
  readonly weight: number;
  readonly score: number;
}

export interface WorkedExample {
  readonly group:
    | { readonly label: string; readonly terms: WorkedTerm[]; readonly excluded: string[]; readonly result: number }
    | undefined;
  readonly overall: { readonly terms: WorkedTerm[]; readonly result: number } | undefined;
}

/**
 * The formula applied to the user's own answers: the first group with an answer, term by term, and
 * the overall score from its parts. Returns undefined parts when nothing is answered yet.
 */
export function workedExample(q: Questionnaire, result: QuestionnaireScore): WorkedExample {
  const first = [...result.groups.values()].find((g) => g.node.items.length > 0 && g.score !== undefined);
  const group = first && {
    label: first.node.group.title,
    terms: first.node.allItems.flatMap((item) => {
      const s = result.items.get(item.id);
      return s?.score === undefined ? [] : [{ label: item.id, weight: item.weight, score: s.score }];
    }),
    excluded: first.node.allItems
      .filter((item) => result.items.get(item.id)?.score === undefined)
      .map((item) => item.id),
    result: first.score as number,
  };
  const overallTerms =
    q.scoring.overall === 'groups'
      ? [...result.groups.values()]
          .filter((g) => g.node.depth === 0 && g.score !== undefined)
          .map((g) => ({ label: g.node.group.title, weight: g.node.group.weight, score: g.score as number }))
      : [...result.items.values()]
          .filter((s) => s.score !== undefined)
          .map((s) => ({ label: s.item.id, weight: s.item.weight, score: s.score as number }));
  const overall =
    result.overall.score === undefined ? undefined : { terms: overallTerms, result: result.overall.score };
  return { group, overall };
}
