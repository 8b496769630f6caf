import { expect, it } from 'vitest';
import { StorageError, toStorageError } from './errors';

const named = (name: string, inner?: string) =>
  Object.assign(new Error(name), { name, ...(inner ? { inner: { name: inner } } : {}) });

it.each([
  [named('QuotaExceededError'), 'quota'],
  [named('AbortError', 'QuotaExceededError'), 'quota'],
  [named('MissingAPIError'), 'unavailable'],
  [named('OpenFailedError'), 'unavailable'],
  [named('BlockedError'), 'blocked'],
  [named('VersionChangeError'), 'upgraded-elsewhere'],
  [named('DatabaseClosedError'), 'upgraded-elsewhere'],
  [named('ConstraintError'), 'failed'],
  ['a string', 'failed'],
])('classifies %s as %s', (error, problem) => {
  const result = toStorageError(error);
  expect(result).toBeInstanceOf(StorageError);
  expect(result.problem).toBe(problem);
});
