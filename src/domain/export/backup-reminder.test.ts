import { expect, it } from 'vitest';
import { reminderDue } from './backup-reminder';

const rule = { afterChanges: 10, afterDays: 7 };
const now = '2026-03-10T00:00:00.000Z';

it('is due after enough changed answers', () => {
  expect(reminderDue({ rule, changes: 10, since: now, now })).toBe('changes');
  expect(reminderDue({ rule, changes: 9, since: now, now })).toBeUndefined();
});

it('is due after enough days, but only when something changed', () => {
  expect(reminderDue({ rule, changes: 1, since: '2026-03-03T00:00:00.000Z', now })).toBe('days');
  expect(reminderDue({ rule, changes: 1, since: '2026-03-04T00:00:00.000Z', now })).toBeUndefined();
  expect(reminderDue({ rule, changes: 0, since: '2026-01-01T00:00:00.000Z', now })).toBeUndefined();
});

it('treats 0 as off', () => {
  const off = { afterChanges: 0, afterDays: 0 };
  expect(reminderDue({ rule: off, changes: 500, since: '2020-01-01T00:00:00.000Z', now })).toBeUndefined();
});
