import type { Questionnaire } from '../questionnaire/schema';
import {
  fail,
  forbiddenKeys,
  issuesFromZod,
  jsonPath,
  ok,
  type Result,
  type ValidationIssue,
} from '../validation/issues';
import { migrationSchema, type Migration } from './schema';

/**
 * Validates a migration against the two questionnaires it joins: every old item is accounted for
 * exactly once (carried, merged, split or removed) and every new item is reached exactly once.
 */
export function loadMigration(data: unknown, file: string, from: Questionnaire, to: Questionnaire): Result<Migration> {
  const forbidden = forbiddenKeys(data, file);
  if (forbidden.length > 0) return fail(forbidden);
  const parsed = migrationSchema.safeParse(data);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, file));
  const m = parsed.data;
  const issues: ValidationIssue[] = [];
  const at = (path: PropertyKey[], message: string) => issues.push({ file, path: jsonPath(path), message });

  if (m.questionnaire.from !== from.id || m.from !== from.version)
    at(['from'], `Expected a migration from ${from.id}@${from.version}`);
  if (m.questionnaire.to !== to.id || m.to !== to.version) at(['to'], `Expected a migration to ${to.id}@${to.version}`);
  const oldIds = new Set(from.items.map((i) => i.id));
  const newIds = new Set(to.items.map((i) => i.id));
  const sources = new Map<string, number>();
  const targets = new Map<string, number>();
  const use = (map: Map<string, number>, known: Set<string>, id: string, path: PropertyKey[], side: string) => {
    if (!known.has(id)) at(path, `Unknown ${side} item "${id}"`);
    else if (map.has(id)) at(path, `Item "${id}" is already handled by rule ${map.get(id)}`);
    else map.set(id, Number(path[1]));
  };
  m.rules.forEach((rule, i) => {
    const path = ['rules', i];
    if (rule.kind === 'carry') {
      use(sources, oldIds, rule.from, [...path, 'from'], 'old');
      use(targets, newIds, rule.to, [...path, 'to'], 'new');
      const fromLevels = new Set(from.scale.levels.map((l) => String(l.value)));
      const toLevels = new Set(to.scale.levels.map((l) => l.value));
      for (const [level, mapped] of Object.entries(rule.levelMap ?? {})) {
        if (!fromLevels.has(level)) at([...path, 'levelMap', level], `Level ${level} is not on the old scale`);
        if (!toLevels.has(mapped)) at([...path, 'levelMap', level], `Level ${mapped} is not on the new scale`);
      }
      if (rule.levelMap === undefined && from.scale.levels.length !== to.scale.levels.length) {
        at([...path, 'levelMap'], 'The scales differ: a level map is required');
      }
    } else if (rule.kind === 'merge') {
      rule.from.forEach((id, j) => use(sources, oldIds, id, [...path, 'from', j], 'old'));
      use(targets, newIds, rule.to, [...path, 'to'], 'new');
    } else if (rule.kind === 'split') {
      use(sources, oldIds, rule.from, [...path, 'from'], 'old');
      rule.to.forEach((id, j) => use(targets, newIds, id, [...path, 'to', j], 'new'));
    } else if (rule.kind === 'remove') {
      use(sources, oldIds, rule.from, [...path, 'from'], 'old');
    } else {
      use(targets, newIds, rule.to, [...path, 'to'], 'new');
    }
  });
  for (const id of oldIds) {
    if (sources.has(id)) continue;
    if (m.carryUnchanged && newIds.has(id) && !targets.has(id)) {
      sources.set(id, -1);
      targets.set(id, -1);
    } else at(['rules'], `Old item "${id}" is not accounted for: carry, merge, split or remove it`);
  }
  for (const id of newIds)
    if (!targets.has(id))
      at(['rules'], `New item "${id}" is not reached: carry, merge or split into it, or declare it new`);
  return issues.length > 0 ? fail(issues) : ok(m);
}
