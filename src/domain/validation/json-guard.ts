import { fail, jsonPath, ok, parseJsonText, type Result, type ValidationIssue } from './issues';

/** Deeper than any file of ours: deeper input is hostile or broken, and would exhaust recursive validators. */
export const MAX_JSON_DEPTH = 64;

/**
 * Parses untrusted JSON text: a size limit before parsing, then a walk (iterative, so deep nesting
 * cannot overflow the stack) that rejects nesting beyond MAX_JSON_DEPTH and "__proto__" keys, which
 * validators that copy objects would turn into prototype changes.
 */
export function readUntrustedJson(textContent: string, file: string, maxChars: number): Result<unknown> {
  const parsed = parseJsonText(textContent, file, maxChars);
  if (!parsed.ok) return parsed;
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: parsed.value, path: [] }];
  while (stack.length > 0 && issues.length < 10) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_JSON_DEPTH) {
      issues.push({ file, path: jsonPath(path), message: `Nested deeper than ${MAX_JSON_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        issues.push({ file, path: jsonPath([...path, key]), message: 'Field "__proto__" is not allowed' });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return issues.length > 0 ? fail(issues) : ok(parsed.value);
}
