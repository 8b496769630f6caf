import { fail, issuesFromZod, jsonPath, ok, type Result, type ValidationIssue } from '../validation/issues';
import { translationFileSchema, type Questionnaire, type TranslationFile } from './schema';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/**
 * Validates a content translation against its questionnaire. `complete` also requires every text
 * of the questionnaire to be translated (what bundled translations must meet).
 */
export function loadTranslation(
  data: unknown,
  file: string,
  q: Questionnaire,
  complete: boolean,
): Result<TranslationFile> {
  const parsed = translationFileSchema.safeParse(data);
  if (!parsed.success) return fail(issuesFromZod(parsed.error, file));
  const t = parsed.data;
  const issues: ValidationIssue[] = [];
  const at = (path: PropertyKey[], message: string) => issues.push({ file, path: jsonPath(path), message });
  if (t.questionnaire.id !== q.id || t.questionnaire.version !== q.version)
    at(['questionnaire'], `Expected a translation of ${q.id}@${q.version}`);
  if (t.language === q.language) at(['language'], 'A translation into the source language is not needed');
  const c = t.content;
  const levels = q.scale.levels.map((l) => String(l.value));
  const groupIds = new Set(q.groups.map((g) => g.id));
  const items = new Map(q.items.map((i) => [i.id, i]));
  for (const id of Object.keys(c.groups)) if (!groupIds.has(id)) at(['content', 'groups', id], `Unknown group "${id}"`);
  for (const [id, ti] of Object.entries(c.items)) {
    const source = items.get(id);
    if (!source) {
      at(['content', 'items', id], `Unknown item "${id}"`);
      continue;
    }
    for (const level of levels)
      if (!(level in ti.rubric))
        at(['content', 'items', id, 'rubric', level], `Missing rubric text for level ${level}`);
    for (const level of Object.keys(ti.rubric))
      if (!levels.includes(level)) at(['content', 'items', id, 'rubric', level], `Level ${level} is not on the scale`);
    if (ti.evidence.length !== source.evidence.length) {
      at(
        ['content', 'items', id, 'evidence'],
        `Expected ${source.evidence.length} evidence examples, as in the source, found ${ti.evidence.length}`,
      );
    }
    if (placeholders(ti.question).join() !== placeholders(source.question).join())
      at(['content', 'items', id, 'question'], 'Placeholders differ from the source');
  }
  if (complete) {
    if (c.title === undefined) at(['content', 'title'], 'Missing translated title');
    if (c.description === undefined) at(['content', 'description'], 'Missing translated description');
    for (const level of q.scale.levels) {
      const tl = c.scale?.[String(level.value)];
      if (tl === undefined) at(['content', 'scale', String(level.value)], `Missing label of level ${level.value}`);
      else if (level.description !== undefined && tl.description === undefined) {
        at(['content', 'scale', String(level.value), 'description'], `Missing description of level ${level.value}`);
      }
    }
    for (const g of q.groups)
      if (c.groups[g.id] === undefined) at(['content', 'groups', g.id], `Missing group "${g.id}"`);
    for (const g of q.groups) {
      if (g.description !== undefined && c.groups[g.id] !== undefined && c.groups[g.id]?.description === undefined) {
        at(['content', 'groups', g.id, 'description'], `Missing description of group "${g.id}"`);
      }
    }
    for (const i of q.items) if (c.items[i.id] === undefined) at(['content', 'items', i.id], `Missing item "${i.id}"`);
  }
  return issues.length > 0 ? fail(issues) : ok(t);
}
