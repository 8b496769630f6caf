import type { ValidationIssue } from '../validation/issues';
import { toPeerRecord, type PeerRecord } from './peer-record';
import { checkEntry, readPoolEntries, type PoolEntries } from './pool-parse';

/** Reports keep this many detailed reasons; the counts are always complete. */
const MAX_DETAILS = 100;

export interface FileOutcome {
  readonly file: string;
  readonly status: 'imported' | 'failed';
  readonly added: number;
  readonly duplicates: number;
  readonly invalid: number;
}

export interface ImportReport {
  readonly files: FileOutcome[];
  readonly added: number;
  readonly duplicates: number;
  readonly invalid: number;
  /** Why files failed as a whole (nothing of them is imported). */
  readonly failures: ValidationIssue[];
  /** Skipped records: place and reason (the first MAX_DETAILS). */
  readonly skipped: ValidationIssue[];
  readonly title: string | undefined;
}

/**
 * Collects the records of one import (one or many files) with duplicates removed: the same record
 * id, or the same content under another id, is kept once and reported. A file that fails as a whole
 * contributes nothing.
 */
export function createPoolImport(poolId: string, known: { ids?: ReadonlySet<string> } = {}) {
  const ids = new Set<string>(known.ids);
  const contents = new Set<string>();
  const records: PeerRecord[] = [];
  const files: FileOutcome[] = [];
  const failures: ValidationIssue[] = [];
  const skipped: ValidationIssue[] = [];
  let title: string | undefined;
  const note = (x: ValidationIssue) => void (skipped.length < MAX_DETAILS && skipped.push(x));

  /** Processes a whole file in steps of `chunk` entries; `between` runs after each (progress, cancel). */
  async function addText(
    text: string,
    file: string,
    between: (done: number, total: number) => Promise<void>,
    chunk = 5000,
  ) {
    const read = readPoolEntries(text, file);
    if (!read.ok) {
      failures.push(...read.issues.slice(0, 5));
      files.push({ file, status: 'failed', added: 0, duplicates: 0, invalid: 0 });
      return;
    }
    await addEntries(read.value, between, chunk);
  }

  async function addEntries(
    entries: PoolEntries,
    between: (done: number, total: number) => Promise<void>,
    chunk: number,
  ) {
    const mine: PeerRecord[] = [];
    const myIds = new Set<string>();
    const myContents = new Set<string>();
    const mySkipped: ValidationIssue[] = [];
    let duplicates = 0;
    let invalid = 0;
    for (let start = 0; start < entries.count; start += chunk) {
      const end = Math.min(entries.count, start + chunk);
      for (let i = start; i < end; i += 1) {
        const check = checkEntry(entries, i);
        if (check.kind === 'blank') continue;
        if (check.kind === 'wrong-format') {
          failures.push(check.issue);
          files.push({ file: entries.file, status: 'failed', added: 0, duplicates: 0, invalid: 0 });
          return;
        }
        if (check.kind === 'invalid') {
          invalid += 1;
          if (mySkipped.length < MAX_DETAILS) mySkipped.push(...check.issues.slice(0, 2));
          continue;
        }
        const record = toPeerRecord(check.value, poolId);
        if (ids.has(record.recordId) || myIds.has(record.recordId)) {
          duplicates += 1;
          if (mySkipped.length < MAX_DETAILS)
            mySkipped.push({ file: entries.file, path: entries.place(i), message: `Duplicate record id "${record.recordId}": skipped` }); // prettier-ignore
          continue;
        }
        if (contents.has(record.contentKey) || myContents.has(record.contentKey)) {
          duplicates += 1;
          if (mySkipped.length < MAX_DETAILS)
            mySkipped.push({ file: entries.file, path: entries.place(i), message: 'Same content as an earlier record: skipped' }); // prettier-ignore
          continue;
        }
        myIds.add(record.recordId);
        myContents.add(record.contentKey);
        mine.push(record);
      }
      await between(end, entries.count);
    }
    // The file is complete: only now do its records join the import.
    for (const r of mine) {
      ids.add(r.recordId);
      contents.add(r.contentKey);
      records.push(r);
    }
    for (const s of mySkipped) note(s);
    title ??= entries.title;
    files.push({ file: entries.file, status: 'imported', added: mine.length, duplicates, invalid });
  }

  return {
    addText,
    records,
    report: (): ImportReport => ({
      files: [...files],
      added: records.length,
      duplicates: files.reduce((n, f) => n + f.duplicates, 0),
      invalid: files.reduce((n, f) => n + f.invalid, 0),
      failures: [...failures],
      skipped: [...skipped],
      title,
    }),
  };
}
