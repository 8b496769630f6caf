import type { z } from 'zod';

/** One reason a file was rejected: which file, where in it (a JSON path) and why. */
export interface ValidationIssue {
  readonly file: string;
  readonly path: string;
  readonly message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(issues: ValidationIssue[]): Result<T> => ({ ok: false, issues });

/** Formats a path as JSONPath: `$.items[3].rubric["2"]`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

const MAX_ISSUES = 50;

export function issuesFromZod(error: z.ZodError, file: string): ValidationIssue[] {
  return error.issues.slice(0, MAX_ISSUES).map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `Unexpected field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    }
    return { file, path: jsonPath(issue.path), message };
  });
}

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(textContent: string, file: string, maxBytes: number): Result<unknown> {
  if (textContent.length > maxBytes) {
    return fail([
      {
        file,
        path: '$',
        message: `File is too large: ${Math.ceil(textContent.length / 1024)} KB, at most ${Math.floor(maxBytes / 1024)} KB allowed`,
      },
    ]);
  }
  try {
    return ok(JSON.parse(textContent) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    let where = '';
    if (position?.[1] !== undefined) {
      const offset = Number(position[1]);
      const before = textContent.slice(0, offset).split('\n');
      where = ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    }
    return fail([{ file, path: '$', message: `Not valid JSON${where}: ${detail}` }]);
  }
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file} ${issue.path}: ${issue.message}`;
}
