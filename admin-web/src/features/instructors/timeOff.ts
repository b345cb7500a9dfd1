import { wallClockToInstant } from './zonedTime';

/** The time-off form: a range of days, whole days or from a time to a time, in one zone. */
export interface TimeOffDraft {
  /** First and last day, YYYY-MM-DD. */
  days: [string | null, string | null];
  allDay: boolean;
  /** HH:MM on the first day (not all day). */
  startTime: string;
  /** HH:MM on the last day (not all day). */
  endTime: string;
  reason: string;
}

export type TimeOffProblem = 'daysRequired' | 'timesRequired' | 'endBeforeStart';

const nextDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/**
 * The instants of addTimeOff in `timeZone`: all day runs from the first day's midnight to the
 * midnight after the last day; otherwise from the start time on the first day to the end time
 * on the last. A one-day range is allowed (a single day off).
 */
export function timeOffInput(
  draft: TimeOffDraft,
  timeZone: string,
):
  | { ok: true; startsAt: string; endsAt: string; reason: string | null }
  | { ok: false; problem: TimeOffProblem } {
  const [first, last] = draft.days;
  if (!first) return { ok: false, problem: 'daysRequired' };
  const lastDay = last ?? first;
  const time = /^([01]\d|2[0-3]):[0-5]\d$/;
  if (!draft.allDay && (!time.test(draft.startTime) || !time.test(draft.endTime))) {
    return { ok: false, problem: 'timesRequired' };
  }
  const startsAt = wallClockToInstant(
    `${first} ${draft.allDay ? '00:00' : draft.startTime}`,
    timeZone,
  );
  const endsAt = draft.allDay
    ? wallClockToInstant(`${nextDay(lastDay)} 00:00`, timeZone)
    : wallClockToInstant(`${lastDay} ${draft.endTime}`, timeZone);
  if (!startsAt || !endsAt) return { ok: false, problem: 'daysRequired' };
  if (endsAt <= startsAt) return { ok: false, problem: 'endBeforeStart' };
  return { ok: true, startsAt, endsAt, reason: draft.reason.trim() || null };
}

/** True when an entry is whole days in the zone (midnight to midnight). */
export function isWholeDays(startsAt: string, endsAt: string, timeZone: string): boolean {
  const midnight = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(iso)) === '00:00';
  try {
    return midnight(startsAt) && midnight(endsAt);
  } catch {
    return false;
  }
}
