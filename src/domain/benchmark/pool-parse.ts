import { fail, issuesFromZod, ok, type Result, type ValidationIssue } from '../validation/issues';
import {
  benchmarkPackageSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  POOL_FORMAT,
  poolFileHeaderSchema,
  type BenchmarkPackage,
} from './package';

/** Large enough for a European pool as NDJSON (≈ 100,000 records), small enough to fail fast. */
export const MAX_POOL_FILE_BYTES = 256 * 1024 * 1024;

/** The entries of a pool file, not yet validated: parsed values, or NDJSON lines parsed on demand. */
export interface PoolEntries {
  readonly file: string;
  readonly kind: 'array' | 'single' | 'pool' | 'ndjson';
  readonly title: string | undefined;
  readonly count: number;
  /** Entry i (0-based): its value, or undefined for a blank NDJSON line. */
  readonly entry: (i: number) => unknown;
  /** Where entry i is in the file, for messages: "record 3" or "line 3". */
  readonly place: (i: number) => string;
}

const issue = (file: string, path: string, message: string): ValidationIssue => ({ file, path, message });

function parseJson(text: string, file: string, where: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    return fail([issue(file, where, `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`)]);
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Reads a pool file's structure: a JSON array of packages, a single package, a pool object
 * (`{ format: "eif4scc-benchmark-pool", records: [...] }`) or NDJSON (one package per line).
 * Whatever is wrong with the file as a whole fails it; records are checked one by one later.
 */
export function readPoolEntries(text: string, file: string): Result<PoolEntries> {
  if (text.length > MAX_POOL_FILE_BYTES) {
    return fail([issue(file, '$', `File is too large: at most ${MAX_POOL_FILE_BYTES / 1024 / 1024} MB allowed`)]);
  }
  const body = text.replace(/^\uFEFF/, '');
  const firstBreak = body.indexOf('\n');
  const rest = firstBreak < 0 ? '' : body.slice(firstBreak + 1).trim();
  const looksNdjson = body.trimStart().startsWith('{') && rest.startsWith('{') && isNdjsonHead(body, firstBreak);
  if (looksNdjson) {
    const lines = body.split('\n');
    return ok({
      file,
      kind: 'ndjson',
      title: undefined,
      count: lines.length,
      entry: (i) => {
        const line = (lines[i] ?? '').trim();
        if (line === '') return undefined;
        const parsed = parseJson(line, file, `line ${i + 1}`);
        return parsed.ok ? parsed.value : new LineError(parsed.issues);
      },
      place: (i) => `line ${i + 1}`,
    });
  }
  const parsed = parseJson(body, file, '$');
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (Array.isArray(data)) {
    return ok({ file, kind: 'array', title: undefined, count: data.length, entry: (i) => data[i], place: (i) => `record ${i + 1}` }); // prettier-ignore
  }
  if (!isObject(data)) return fail([issue(file, '$', 'Expected a benchmark package, a pool or an array of packages')]);
  if (data.format === POOL_FORMAT || 'records' in data) {
    const header = poolFileHeaderSchema.safeParse(data);
    if (!header.success) return fail(issuesFromZod(header.error, file));
    const records = data.records;
    if (!Array.isArray(records)) return fail([issue(file, '$.records', 'Expected an array of packages')]);
    return ok({ file, kind: 'pool', title: header.data.title, count: records.length, entry: (i) => records[i], place: (i) => `record ${i + 1}` }); // prettier-ignore
  }
  return ok({ file, kind: 'single', title: undefined, count: 1, entry: () => data, place: () => 'record 1' });
}

/** The first line alone is a complete JSON value: the file is one package per line. */
function isNdjsonHead(body: string, firstBreak: number): boolean {
  try {
    JSON.parse(body.slice(0, firstBreak));
    return true;
  } catch {
    return false;
  }
}

/** An NDJSON line that is not JSON: reported as an invalid record, not a failed file. */
export class LineError {
  constructor(readonly issues: ValidationIssue[]) {}
}

export type EntryCheck =
  | { kind: 'valid'; value: BenchmarkPackage }
  | { kind: 'blank' }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  /** The record declares another format or version: the whole file is not for this app. */
  | { kind: 'wrong-format'; issue: ValidationIssue };

/** Validates entry i of a pool: a record with a wrong format or version fails the whole file. */
export function checkEntry(entries: PoolEntries, i: number): EntryCheck {
  const raw = entries.entry(i);
  const place = entries.place(i);
  const at = (path: string) => (entries.kind === 'ndjson' ? `${place} ${path}` : path.replace(/^\$/, `$[${i}]`));
  if (raw === undefined && entries.kind === 'ndjson') return { kind: 'blank' };
  if (raw instanceof LineError) return { kind: 'invalid', issues: raw.issues };
  if (isObject(raw) && (raw.format !== PACKAGE_FORMAT || raw.formatVersion !== PACKAGE_FORMAT_VERSION)) {
    if ('format' in raw || 'formatVersion' in raw) {
      const found = `${JSON.stringify(raw.format ?? null).slice(0, 60)} version ${JSON.stringify(raw.formatVersion ?? null).slice(0, 20)}`;
      return {
        kind: 'wrong-format',
        issue: issue(entries.file, at('$.formatVersion'), `Expected format "${PACKAGE_FORMAT}" version ${PACKAGE_FORMAT_VERSION}, found ${found}`), // prettier-ignore
      };
    }
  }
  const parsed = benchmarkPackageSchema.safeParse(raw);
  if (parsed.success) return { kind: 'valid', value: parsed.data };
  const issues = issuesFromZod(parsed.error, entries.file)
    .slice(0, 5)
    .map((x) => ({ ...x, path: at(x.path) }));
  return { kind: 'invalid', issues };
}
