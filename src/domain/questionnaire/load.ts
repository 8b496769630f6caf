import {
  fail,
  forbiddenKeys,
  issuesFromZod,
  jsonPath,
  ok,
  parseJsonText,
  type Result,
  type ValidationIssue,
} from '../validation/issues';
import { questionnaireSchema, type Questionnaire } from './schema';

/** Questionnaire files larger than this are rejected before parsing. */
export const MAX_QUESTIONNAIRE_BYTES = 5 * 1024 * 1024;

/** Validates questionnaire JSON text: syntax, schema, then the rules a schema cannot express. */
export function loadQuestionnaireText(textContent: string, file: string): Result<Questionnaire> {
  const json = parseJsonText(textContent, file, MAX_QUESTIONNAIRE_BYTES);
  if (!json.ok) return json;
  return loadQuestionnaire(json.value, file);
}

export function loadQuestionnaire(data: unknown, file: string): Result<Questionnaire> {
  const forbidden = forbiddenKeys(data, file);
  if (forbidden.length > 0) return fail(forbidden);
  const parsed = questionnaireSchema.safeParse(data);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, file));
  const issues = checkQuestionnaire(parsed.data, file);
  return issues.length > 0 ? fail(issues) : ok(parsed.data);
}

/** Cross-field rules: unique ids, references that resolve, a rubric for every level. */
export function checkQuestionnaire(q: Questionnaire, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (path: PropertyKey[], message: string) => issues.push({ file, path: jsonPath(path), message });

  const levels = q.scale.levels.map((l) => l.value).sort((a, b) => a - b);
  q.scale.levels.forEach((level, i) => {
    if (level.value !== i + 1)
      at(['scale', 'levels', i, 'value'], `Expected level ${i + 1}: levels are numbered 1, 2, 3… in order`);
  });
  const levelKeys = new Set(levels.map(String));
  const checkLevelKeys = (record: Record<string, unknown>, path: PropertyKey[], what: string) => {
    for (const key of levelKeys) if (!(key in record)) at([...path, key], `Missing ${what} for level ${key}`);
    for (const key of Object.keys(record))
      if (!levelKeys.has(key)) at([...path, key], `Level ${key} is not on the scale`);
  };

  const groupIds = new Map<string, number>();
  q.groups.forEach((group, i) => {
    if (groupIds.has(group.id)) at(['groups', i, 'id'], `Duplicate group id "${group.id}"`);
    else groupIds.set(group.id, i);
  });
  q.groups.forEach((group, i) => {
    if (group.parent === undefined) return;
    if (!groupIds.has(group.parent)) at(['groups', i, 'parent'], `Unknown parent group "${group.parent}"`);
    // Walk up the parents; coming back to this group means a cycle.
    const seen = new Set([group.id]);
    let parent: string | undefined = group.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        at(['groups', i, 'parent'], `Group "${group.id}" is nested inside itself`);
        break;
      }
      seen.add(parent);
      const index = groupIds.get(parent);
      parent = index === undefined ? undefined : q.groups[index]?.parent;
    }
  });

  const itemIds = new Set<string>();
  const officialNumbers = new Map<number, string>();
  const groupsWithItems = new Set<string>();
  q.items.forEach((item, i) => {
    if (itemIds.has(item.id)) at(['items', i, 'id'], `Duplicate item id "${item.id}"`);
    itemIds.add(item.id);
    if (!groupIds.has(item.group)) at(['items', i, 'group'], `Unknown group "${item.group}"`);
    checkLevelKeys(item.rubric, ['items', i, 'rubric'], 'rubric text');
    const official = item.provenance.officialRecommendation?.number;
    if (official !== undefined) {
      const other = officialNumbers.get(official);
      if (other !== undefined) {
        at(
          ['items', i, 'provenance', 'officialRecommendation', 'number'],
          `Recommendation ${official} is already bound to item "${other}"`,
        );
      }
      officialNumbers.set(official, item.id);
    }
    // Mark the item's group and all its ancestors as non-empty.
    let groupId: string | undefined = item.group;
    const visited = new Set<string>();
    while (groupId !== undefined && !visited.has(groupId)) {
      visited.add(groupId);
      groupsWithItems.add(groupId);
      const index = groupIds.get(groupId);
      groupId = index === undefined ? undefined : q.groups[index]?.parent;
    }
  });
  q.groups.forEach((group, i) => {
    if (!groupsWithItems.has(group.id)) at(['groups', i], `Group "${group.id}" has no items`);
  });

  checkLevelKeys(q.scoring.levelScores, ['scoring', 'levelScores'], 'score');
  let previous = -1;
  for (const level of levels) {
    const score = q.scoring.levelScores[String(level)];
    if (score === undefined) continue;
    if (score < previous)
      at(['scoring', 'levelScores', String(level)], 'Level scores must not decrease as the level rises');
    previous = score;
  }

  for (const [language, translation] of Object.entries(q.translations)) {
    if (language === q.language)
      at(['translations', language], `The source language "${language}" needs no translation`);
    if (translation.scale) checkLevelKeys(translation.scale, ['translations', language, 'scale'], 'level label');
    for (const groupId of Object.keys(translation.groups)) {
      if (!groupIds.has(groupId)) at(['translations', language, 'groups', groupId], `Unknown group "${groupId}"`);
    }
    for (const [itemId, item] of Object.entries(translation.items)) {
      if (!itemIds.has(itemId)) at(['translations', language, 'items', itemId], `Unknown item "${itemId}"`);
      checkLevelKeys(item.rubric, ['translations', language, 'items', itemId, 'rubric'], 'rubric text');
    }
  }
  return issues;
}

/** Key under which a questionnaire version is stored and referenced: "eif4scc@1.0.0". */
export const questionnaireKey = (ref: { id: string; version: string }): string => `${ref.id}@${ref.version}`;
