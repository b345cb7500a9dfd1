/**
 * The weekly working-hours grid of one location: for each weekday (1 = Monday … 7 = Sunday)
 * some from–to ranges in the location's local time. The same rules as the API
 * (api/src/modules/instructors/rules.ts), checked as staff type so each range shows its own
 * problem before anything is sent.
 */

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface HoursBlock {
  weekday: number;
  start: string;
  end: string;
}

/** One range as typed; `key` keeps React rows stable while ranges are added and removed. */
export interface RangeDraft {
  key: string;
  start: string;
  end: string;
}

export type WeekDraft = Record<Weekday, RangeDraft[]>;

export type RangeProblem = 'incomplete' | 'endBeforeStart' | 'overlap';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

let nextKey = 0;
const newKey = () => `r${(nextKey += 1)}`;

export function emptyWeek(): WeekDraft {
  return { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
}

/** The grid of one location's blocks, each day's ranges by start. */
export function weekOf(blocks: readonly HoursBlock[]): WeekDraft {
  const week = emptyWeek();
  for (const block of [...blocks].sort((a, b) => a.start.localeCompare(b.start))) {
    const day = week[block.weekday as Weekday];
    if (day) day.push({ key: newKey(), start: block.start, end: block.end });
  }
  return week;
}

/**
 * A new range for a day: from the end of its last range for two hours (until 23:59 at most),
 * or 09:00–13:00 on an empty day.
 */
export function suggestRange(ranges: readonly RangeDraft[]): RangeDraft {
  const last = [...ranges]
    .filter((r) => TIME.test(r.end))
    .sort((a, b) => a.end.localeCompare(b.end))
    .at(-1);
  if (!last) return { key: newKey(), start: '09:00', end: '13:00' };
  const [h, m] = last.end.split(':').map(Number) as [number, number];
  const endMinutes = Math.min(h * 60 + m + 120, 23 * 60 + 59);
  const end = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
  if (end <= last.end) return { key: newKey(), start: '', end: '' };
  return { key: newKey(), start: last.end, end };
}

/**
 * What is wrong with each range, by key: not a full HH:MM time, not ending after it starts
 * (a range never crosses midnight), or overlapping another range of its day. Touching ranges
 * (09:00–12:00, 12:00–15:00) are fine.
 */
export function weekProblems(week: WeekDraft): Map<string, RangeProblem> {
  const problems = new Map<string, RangeProblem>();
  for (const weekday of WEEKDAYS) {
    const valid: RangeDraft[] = [];
    for (const range of week[weekday]) {
      if (!TIME.test(range.start) || !TIME.test(range.end)) problems.set(range.key, 'incomplete');
      else if (range.start >= range.end) problems.set(range.key, 'endBeforeStart');
      else valid.push(range);
    }
    valid.sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < valid.length; i += 1) {
      for (let j = 0; j < i; j += 1) {
        if (valid[j]!.end > valid[i]!.start) {
          problems.set(valid[i]!.key, 'overlap');
          problems.set(valid[j]!.key, 'overlap');
        }
      }
    }
  }
  return problems;
}

/** The `hours` argument of setInstructorHours: every range, by day and start. */
export function hoursInput(week: WeekDraft): HoursBlock[] {
  return WEEKDAYS.flatMap((weekday) =>
    [...week[weekday]]
      .sort((a, b) => a.start.localeCompare(b.start))
      .map(({ start, end }) => ({ weekday, start, end })),
  );
}

/** True when both grids hold the same ranges (the order within a day aside). */
export function sameWeek(a: WeekDraft, b: WeekDraft): boolean {
  const key = (week: WeekDraft) =>
    hoursInput(week)
      .map((block) => `${block.weekday} ${block.start}-${block.end}`)
      .join('|');
  return key(a) === key(b);
}

/** Minutes of work in a week (only ranges without problems count). */
export function weeklyMinutes(week: WeekDraft): number {
  const problems = weekProblems(week);
  return WEEKDAYS.flatMap((d) => week[d])
    .filter((range) => !problems.has(range.key))
    .reduce((sum, range) => sum + minutes(range.end) - minutes(range.start), 0);
}

const minutes = (time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Weekday names in the UI language, Monday first: `Pazartesi`, `Monday`. */
export function weekdayNames(language: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return WEEKDAYS.map((d) => format.format(new Date(Date.UTC(2024, 0, d))));
}
