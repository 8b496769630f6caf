import type { Answer, AnswerValue, EvidenceLink } from '../assessment/schema';
import type { Questionnaire } from '../questionnaire/schema';
import type { Migration } from './schema';

/** An answer kept with the assessment because its item has no successor (or was merged away). */
export interface ArchivedAnswer {
  readonly answer: Answer;
  readonly questionnaireVersion: string;
  readonly reason: string;
}

export interface MigrationReport {
  readonly carried: { from: string; to: string; before: AnswerValue; after: AnswerValue }[];
  readonly merged: { from: string[]; to: string; after: AnswerValue }[];
  readonly split: { from: string; to: string[] }[];
  readonly archived: { itemId: string; reason: string }[];
  /** New items that need answering. */
  readonly added: string[];
}

export interface MigrationOutcome {
  readonly answers: Answer[];
  readonly archived: ArchivedAnswer[];
  readonly report: MigrationReport;
}

function mapLevel(value: AnswerValue, levelMap: Record<string, number> | undefined): AnswerValue {
  if (typeof value !== 'number' || levelMap === undefined) return value;
  return levelMap[String(value)] ?? value;
}

function combine(values: AnswerValue[], how: 'min' | 'max' | 'mean'): AnswerValue {
  const levels = values.filter((v): v is number => typeof v === 'number');
  if (levels.length === 0) return values.length > 0 && values.every((v) => v === 'na') ? 'na' : null;
  if (how === 'min') return Math.min(...levels);
  if (how === 'max') return Math.max(...levels);
  // The mean is rounded down: a merged item never claims more maturity than its parts showed.
  return Math.floor(levels.reduce((a, b) => a + b, 0) / levels.length);
}

function mergeEvidence(lists: readonly (readonly EvidenceLink[])[]): EvidenceLink[] {
  const seen = new Set<string>();
  return lists.flat().filter((link) => !seen.has(link.url) && seen.add(link.url) !== undefined);
}

/**
 * Moves the answers of one questionnaire from `from` to `to` following a validated migration. Every
 * old answer ends carried (possibly renamed or re-levelled), merged, split (copied to each part and
 * flagged for review), or archived: none is dropped. `now` stamps the rewritten rows.
 */
export function migrateAnswers(
  migration: Migration,
  from: Questionnaire,
  to: Questionnaire,
  answers: readonly Answer[],
  now: string,
): MigrationOutcome {
  const byItem = new Map(answers.filter((a) => a.questionnaireId === from.id).map((a) => [a.itemId, a]));
  const out: Answer[] = [];
  const archived: ArchivedAnswer[] = [];
  const report: MigrationReport = { carried: [], merged: [], split: [], archived: [], added: [] };
  const moved = (answer: Answer, itemId: string, value: AnswerValue): Answer => ({
    ...answer,
    questionnaireId: to.id,
    itemId,
    value,
    updatedAt: now,
  });
  const archive = (answer: Answer, reason: string) => {
    archived.push({ answer, questionnaireVersion: from.version, reason });
    report.archived.push({ itemId: answer.itemId, reason });
  };

  const explicit = new Set(migration.rules.flatMap((r) => ('from' in r ? [r.from].flat() : [])));
  const newIds = new Set(to.items.map((i) => i.id));
  const implicit = migration.carryUnchanged
    ? from.items
        .filter((i) => !explicit.has(i.id) && newIds.has(i.id))
        .map((i) => ({ kind: 'carry' as const, from: i.id, to: i.id, levelMap: undefined }))
    : [];

  for (const rule of [...migration.rules, ...implicit]) {
    if (rule.kind === 'carry') {
      const answer = byItem.get(rule.from);
      if (!answer) continue;
      const after = mapLevel(answer.value, rule.levelMap);
      out.push(moved(answer, rule.to, after));
      report.carried.push({ from: rule.from, to: rule.to, before: answer.value, after });
    } else if (rule.kind === 'merge') {
      const parts = rule.from.flatMap((id) => byItem.get(id) ?? []);
      if (parts.length === 0) continue;
      const after = combine(
        parts.map((p) => p.value),
        rule.combine,
      );
      const note = parts
        .filter((p) => p.note !== '')
        .map((p) => `[${p.itemId}] ${p.note}`)
        .join('\n\n');
      const first = parts[0] as Answer;
      out.push({
        ...moved(first, rule.to, after),
        note,
        evidence: mergeEvidence(parts.map((p) => p.evidence)),
        flagged: parts.some((p) => p.flagged),
      });
      report.merged.push({ from: parts.map((p) => p.itemId), to: rule.to, after });
      // The separate answers stay readable in the archive.
      for (const part of parts)
        archived.push({ answer: part, questionnaireVersion: from.version, reason: `merged into ${rule.to}` });
    } else if (rule.kind === 'split') {
      const answer = byItem.get(rule.from);
      if (!answer) continue;
      // Each part starts from the old answer and is flagged, so the city reviews it for the narrower item.
      for (const id of rule.to) out.push({ ...moved(answer, id, answer.value), flagged: true });
      report.split.push({ from: rule.from, to: rule.to });
    } else if (rule.kind === 'remove') {
      const answer = byItem.get(rule.from);
      if (answer) archive(answer, rule.reason);
    } else {
      report.added.push(rule.to);
    }
  }
  return { answers: out, archived, report };
}
