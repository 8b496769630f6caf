/** When to remind the user to back up; 0 turns a condition off. */
export interface ReminderRule {
  readonly afterChanges: number;
  readonly afterDays: number;
}

export const DEFAULT_REMINDER_RULE: ReminderRule = { afterChanges: 20, afterDays: 14 };

export interface ReminderInput {
  readonly rule: ReminderRule;
  /** Answers changed since the later of the last backup and the last dismissal. */
  readonly changes: number;
  /** The later of the last backup and the last dismissal; else when the first assessment was created. */
  readonly since: string | undefined;
  readonly now: string;
}

export type ReminderReason = 'changes' | 'days';

const DAY = 24 * 60 * 60 * 1000;

/** Why a reminder is due, or undefined when it is not. With nothing on the device there is nothing to back up. */
export function reminderDue({ rule, changes, since, now }: ReminderInput): ReminderReason | undefined {
  if (rule.afterChanges > 0 && changes >= rule.afterChanges) return 'changes';
  if (since === undefined || rule.afterDays <= 0 || changes === 0) return undefined;
  return Date.parse(now) - Date.parse(since) >= rule.afterDays * DAY ? 'days' : undefined;
}
