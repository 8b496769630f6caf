import type { Answer, Assessment } from '../assessment/schema';
import type { Questionnaire, QuestionnaireItem } from '../questionnaire/schema';
import { scoreQuestionnaire } from '../scoring/score';
import { lookupFrom } from './plan';

export interface TrendInput {
  readonly assessment: Assessment;
  readonly questionnaire: Questionnaire;
  readonly answers: readonly Answer[];
}

export interface TrendPoint {
  readonly assessmentId: string;
  readonly year: number;
  readonly version: string;
  readonly overall: number | undefined;
  readonly coverage: number | undefined;
  readonly groups: Readonly<Record<string, number | undefined>>;
}

export interface Trend {
  readonly points: TrendPoint[];
  /** Items of the current version left out because an earlier version lacks them. */
  readonly leftOut: QuestionnaireItem[];
  readonly comparedItems: number;
  readonly versions: string[];
}

/** Assessments of the same place: the same LAU code when both have one, else the same name and country. */
export function isSamePlace(a: Assessment, b: Assessment): boolean {
  if (a.profile.lau && b.profile.lau) return a.profile.lau === b.profile.lau && a.profile.country === b.profile.country;
  const norm = (s: string) => s.trim().toLocaleLowerCase();
  return norm(a.profile.name) === norm(b.profile.name) && a.profile.country === b.profile.country;
}

/**
 * Scores per year on what is comparable: every item when all assessments use the same version;
 * otherwise only the items every version has (same stable id), each year scored with the current
 * version's rules, and the items left out are named.
 */
export function trend(current: Questionnaire, inputs: readonly TrendInput[]): Trend {
  const common = current.items.filter((item) =>
    inputs.every((input) => input.questionnaire.items.some((other) => other.id === item.id)),
  );
  const ids = new Set(common.map((i) => i.id));
  const comparable: Questionnaire = { ...current, items: common };
  const points = [...inputs]
    .sort(
      (a, b) => a.assessment.year - b.assessment.year || a.assessment.createdAt.localeCompare(b.assessment.createdAt),
    )
    .map((input): TrendPoint => {
      const result = scoreQuestionnaire(comparable, lookupFrom(input.answers, current.id));
      const groups: Record<string, number | undefined> = {};
      for (const [id, g] of result.groups) if (g.node.depth === 0 || g.node.items.length > 0) groups[id] = g.score;
      return {
        assessmentId: input.assessment.id,
        year: input.assessment.year,
        version: input.questionnaire.version,
        overall: result.overall.score,
        coverage: result.overall.coverage,
        groups,
      };
    });
  return {
    points,
    leftOut: current.items.filter((i) => !ids.has(i.id)),
    comparedItems: common.length,
    versions: [...new Set(inputs.map((i) => i.questionnaire.version))],
  };
}
