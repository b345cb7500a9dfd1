/**
 * The maintenance module's pure rules: what a service rule may say, when a rule's next service
 * is due and when the scan should open it, and when an open task is overdue. No I/O: the scan
 * does the same arithmetic in SQL (scan.ts) and the tests pin both to these functions.
 */
import type { FieldErrors } from '../../errors.js';
import { categoryKey, CATEGORY_MAX } from '../equipment/rules.js';

export const RULE_NAME_MAX = 120;
export const USAGE_HOURS_MAX = 10_000;
export const DAYS_MAX = 3650;
export const TASK_TITLE_MAX = 120;
export const TASK_TEXT_MAX = 2000;

/** A service is opened this long before its date falls due... */
export const LEAD_DAYS = 7;
/** ...or once this share of its usage interval has been used. */
export const LEAD_USAGE_SHARE = 0.9;
/** Staff are reminded of a task at most once in this long. */
export const REMIND_EVERY_MS = 24 * 3_600_000;
/** Above this many tasks for one location in one run, staff get one summary instead. */
export const REMIND_DIGEST_OVER = 5;

const DAY_MS = 86_400_000;

export interface RuleInput {
  locationId?: string | null;
  category: string;
  name: string;
  everyUsageHours?: number | null;
  everyDays?: number | null;
  active?: boolean | null;
}

/**
 * A rule's fields checked and written the stored way: the category as the equipment module's
 * key (`kite` → KITE), the name trimmed, each interval a whole number in range, and at least
 * one interval. Returns the problems by field rather than throwing.
 */
export function checkRuleFields(input: RuleInput) {
  const problems: FieldErrors = {};
  const name = input.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (!name || name.length > RULE_NAME_MAX)
    problems.name = `must be 1 to ${RULE_NAME_MAX} characters`;
  const category = categoryKey(input.category ?? '');
  if (!category)
    problems.category = `must be a word such as KITE or WETSUIT (letters, digits, spaces; at most ${CATEGORY_MAX})`;
  const hours = input.everyUsageHours ?? null;
  const days = input.everyDays ?? null;
  if (hours !== null && !(Number.isInteger(hours) && hours >= 1 && hours <= USAGE_HOURS_MAX))
    problems.everyUsageHours = `must be a whole number from 1 to ${USAGE_HOURS_MAX}`;
  if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= DAYS_MAX))
    problems.everyDays = `must be a whole number from 1 to ${DAYS_MAX}`;
  if (hours === null && days === null) {
    problems.everyUsageHours = 'give every how many hours of use, or every how many days';
    problems.everyDays = 'give every how many days, or every how many hours of use';
  }
  return {
    values: {
      name,
      category: category ?? '',
      everyUsageHours: hours,
      everyDays: days,
      active: input.active ?? true,
    },
    problems,
  };
}

/** What a rule's next service of one item is measured from. */
export interface ServiceBase {
  /** The last service done (or skipped), else the purchase, else when the item was added. */
  since: Date;
  /** The item's usage minutes at `since`: 0 when it was never serviced under the rule. */
  usageAtSince: number;
}

/**
 * When a rule's next service of an item falls due: `everyDays` after the base date, and at
 * `everyUsageHours` of use after the usage at that date (null for an interval the rule lacks).
 */
export function nextDue(
  rule: { everyDays: number | null; everyUsageHours: number | null },
  base: ServiceBase,
) {
  return {
    dueAt:
      rule.everyDays !== null ? new Date(base.since.getTime() + rule.everyDays * DAY_MS) : null,
    dueUsageMinutes:
      rule.everyUsageHours !== null ? base.usageAtSince + rule.everyUsageHours * 60 : null,
  };
}

/**
 * Whether the scan opens the task now: its date is at most LEAD_DAYS away, or LEAD_USAGE_SHARE
 * of its usage interval is used up (a due date or usage already passed counts too).
 */
export function shouldOpen(
  rule: { everyDays: number | null; everyUsageHours: number | null },
  base: ServiceBase,
  usageMinutes: number,
  now: Date,
) {
  const due = nextDue(rule, base);
  const byDate = due.dueAt !== null && due.dueAt.getTime() - LEAD_DAYS * DAY_MS <= now.getTime();
  const byUsage =
    rule.everyUsageHours !== null &&
    usageMinutes - base.usageAtSince >= LEAD_USAGE_SHARE * rule.everyUsageHours * 60;
  return byDate || byUsage;
}

/** An open task is overdue once its date has come or its item has been used up to its due usage. */
export function isOverdue(
  task: { status: string; dueAt: Date | null; dueUsageMinutes: number | null },
  usageMinutes: number,
  now: Date,
) {
  if (task.status !== 'OPEN') return false;
  if (task.dueAt && task.dueAt.getTime() <= now.getTime()) return true;
  return task.dueUsageMinutes !== null && usageMinutes >= task.dueUsageMinutes;
}

/** Optional free text: trimmed, blank is null, too long is a problem named for `field`. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  max: number,
  problems: FieldErrors,
) {
  const text = value?.trim() || null;
  if (text && text.length > max) problems[field] = `must be at most ${max} characters`;
  return text;
}
