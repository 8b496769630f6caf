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

const MB = 1024 * 1024;
// The size rounded up and the limit rounded down, so a file just over the limit never reads as equal to it.
const sizeText = (bytes: number) => `${Math.ceil((bytes / MB) * 100) / 100} MB`;
const limitText = (bytes: number) => `${Math.floor((bytes / MB) * 100) / 100} MB`;

/** Rejects a file by its size (in bytes), before it is read. */
export function checkFileSize(file: string, size: number, maxBytes: number): Result<number> {
  return size > maxBytes
    ? fail([
        {
          file,
          path: '$',
          message: `File is too large: ${sizeText(size)}; at most ${limitText(maxBytes)} is accepted. Nothing was read or stored.`,
        },
      ])
    : ok(size);
}

/** JSON nested deeper than this is refused before parsing (no valid file comes close). */
export const MAX_JSON_DEPTH = 64;

/**
 * The deepest nesting of arrays and objects in JSON text, found by one pass that skips strings;
 * stops counting past `limit`. Guards against files built to exhaust the stack of later steps.
 */
export function jsonDepth(textContent: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < textContent.length; i += 1) {
    const c = textContent.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return deepest;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Issues for every "__proto__", "constructor" or "prototype" key in parsed JSON. No format uses
 * them, and refusing them outright means no later step (a spread, a record, a merge) can be
 * tricked into touching an object's prototype. Walks with a stack, not recursion.
 */
export function forbiddenKeys(data: unknown, file: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const { value, path } = stack.pop() ?? { value: undefined, path: [] };
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(key) : key];
      if (!Array.isArray(value) && FORBIDDEN_KEYS.has(key))
        issues.push({ file, path: jsonPath(at), message: `The key "${key}" is not allowed` });
      else stack.push({ value: child, path: at });
    }
  }
  return issues;
}

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(textContent: string, file: string, maxBytes: number): Result<unknown> {
  // Characters, not bytes: a string of N characters is at least N bytes of UTF-8.
  const size = checkFileSize(file, textContent.length, maxBytes);
  if (!size.ok) return fail(size.issues);
  if (jsonDepth(textContent, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    return fail([{ file, path: '$', message: `Nested more than ${MAX_JSON_DEPTH} levels deep; not a valid file` }]);
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
