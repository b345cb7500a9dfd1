/**
 * Pure rules of instructor profiles: weekly hours, certifications' expiry, pay. No I/O; the
 * service applies them and the tests beside them cover the edges.
 */
import { TIME_OF_DAY_PATTERN } from '../../validation.js';
import type { PayType } from './schema.js';

/** At most this many weekly blocks per location (six a day is already a split shift). */
export const MAX_HOURS_BLOCKS = 42;

export interface HoursBlock {
  weekday: number;
  start: string;
  end: string;
}

/** Why a set of weekly blocks is refused; `weekday` names the day it happened on. */
export interface HoursProblem {
  reason: 'HOURS_TOO_MANY' | 'HOURS_BAD_WEEKDAY' | 'HOURS_BAD_RANGE' | 'HOURS_OVERLAP';
  weekday?: number;
  message: string;
}

/**
 * The blocks sorted by day and start, or the first problem: a weekday outside 1–7, a time that
 * is not HH:MM, a block that does not end after it starts (a block never crosses midnight:
 * 22:00–02:00 is two blocks), or two blocks of a day that overlap. Touching blocks
 * (09:00–12:00 and 12:00–15:00) are fine.
 */
export function checkHours(
  blocks: readonly HoursBlock[],
): { ok: true; blocks: HoursBlock[] } | { ok: false; problem: HoursProblem } {
  if (blocks.length > MAX_HOURS_BLOCKS) {
    return {
      ok: false,
      problem: { reason: 'HOURS_TOO_MANY', message: `at most ${MAX_HOURS_BLOCKS} blocks` },
    };
  }
  for (const b of blocks) {
    if (!Number.isInteger(b.weekday) || b.weekday < 1 || b.weekday > 7) {
      return {
        ok: false,
        problem: { reason: 'HOURS_BAD_WEEKDAY', message: `weekday ${b.weekday} is not 1–7` },
      };
    }
    if (
      !TIME_OF_DAY_PATTERN.test(b.start) ||
      !TIME_OF_DAY_PATTERN.test(b.end) ||
      b.start >= b.end
    ) {
      return {
        ok: false,
        problem: {
          reason: 'HOURS_BAD_RANGE',
          weekday: b.weekday,
          message: `${b.start}–${b.end} is not a time range (HH:MM, start before end)`,
        },
      };
    }
  }
  const sorted = [...blocks].sort(
    (a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start),
  );
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1]!;
    const block = sorted[i]!;
    if (previous.weekday === block.weekday && previous.end > block.start) {
      return {
        ok: false,
        problem: {
          reason: 'HOURS_OVERLAP',
          weekday: block.weekday,
          message: `${previous.start}–${previous.end} and ${block.start}–${block.end} overlap`,
        },
      };
    }
  }
  return { ok: true, blocks: sorted.map(({ weekday, start, end }) => ({ weekday, start, end })) };
}

/** A certificate is shown as expiring this many days before its expiry date. */
export const EXPIRING_SOON_DAYS = 60;

export type CertificationStatus = 'VALID' | 'EXPIRING_SOON' | 'EXPIRED';

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * Days from `today` until a certificate's expiry date (0: it expires today, -3: three days
 * ago), and its status. A certificate is valid through its expiry date and expired the day
 * after; without an expiry date it is valid and has no days left to count.
 */
export function certificationStatus(
  expiresOn: string | null,
  today: string,
): { status: CertificationStatus; expiresInDays: number | null } {
  if (!expiresOn) return { status: 'VALID', expiresInDays: null };
  const days = Math.round(dayNumber(expiresOn) - dayNumber(today));
  if (days < 0) return { status: 'EXPIRED', expiresInDays: days };
  if (days <= EXPIRING_SOON_DAYS) return { status: 'EXPIRING_SOON', expiresInDays: days };
  return { status: 'VALID', expiresInDays: days };
}

/** A LocalDate (YYYY-MM-DD) that exists in the calendar. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Basis points of a commission: 10000 is the whole price. */
export const COMMISSION_MAX_BASIS_POINTS = 10_000;
/** Highest hourly rate, in minor units (100,000.00 an hour). */
export const HOURLY_MAX_MINOR = 10_000_000;

/**
 * Why a pay setting is refused, per field: a commission is 0–10000 basis points; an hourly
 * rate is whole minor units up to HOURLY_MAX_MINOR, in an ISO 4217 currency, which a rate
 * above zero needs.
 */
export function checkPay(pay: {
  payType: PayType;
  payAmount: number;
  payCurrency: string | null;
}): Record<string, string> {
  const problems: Record<string, string> = {};
  const max = pay.payType === 'COMMISSION' ? COMMISSION_MAX_BASIS_POINTS : HOURLY_MAX_MINOR;
  if (!Number.isInteger(pay.payAmount) || pay.payAmount < 0 || pay.payAmount > max) {
    problems.payAmount =
      pay.payType === 'COMMISSION'
        ? 'must be basis points of the price, 0 to 10000'
        : `must be whole minor units per hour, 0 to ${HOURLY_MAX_MINOR}`;
  }
  if (pay.payCurrency !== null && !/^[A-Z]{3}$/.test(pay.payCurrency)) {
    problems.payCurrency = 'is not an ISO 4217 code';
  } else if (pay.payType === 'HOURLY' && pay.payAmount > 0 && !pay.payCurrency) {
    problems.payCurrency = 'an hourly rate needs a currency';
  }
  return problems;
}
