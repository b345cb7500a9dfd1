import { instantAt, localDateOf, localTimeOf } from '@plannivo/web-kit/zoned';
import type { MaintenanceTaskCardFragment } from '../../gql/graphql';

export type Task = MaintenanceTaskCardFragment;

/** The board's sections, in the order they are shown. */
export const SECTIONS = ['overdue', 'dueSoon', 'repair', 'scheduled', 'done'] as const;
export type SectionKey = (typeof SECTIONS)[number];

/**
 * Where an open task goes on the board: a repair under "in repair" (booked or not); a service
 * with workshop time still ahead or under way under "scheduled"; else overdue or due soon, as
 * the API judges it (by date or by hours of use).
 */
export function sectionOf(task: Task, now: Date): Exclude<SectionKey, 'done'> {
  if (task.kind === 'REPAIR') return 'repair';
  if (task.window && new Date(task.window.endsAt) > now) return 'scheduled';
  return task.overdue ? 'overdue' : 'dueSoon';
}

/** The open tasks by section (in the API's order: soonest due first), plus the done ones. */
export function boardSections(
  open: readonly Task[],
  done: readonly Task[],
  now: Date,
): Record<SectionKey, Task[]> {
  const sections: Record<SectionKey, Task[]> = {
    overdue: [],
    dueSoon: [],
    repair: [],
    scheduled: [],
    done: [...done],
  };
  for (const task of open) sections[sectionOf(task, now)].push(task);
  return sections;
}

/** How much of its hours a task's item has used: 0–100, for a progress bar. */
export function usageShare(task: Pick<Task, 'usageHours' | 'dueUsageHours'>): number | null {
  if (task.dueUsageHours === null || task.dueUsageHours === undefined) return null;
  if (task.dueUsageHours <= 0) return 100;
  return Math.min(100, Math.round((task.usageHours / task.dueUsageHours) * 100));
}

/** A picker's wall-clock value (`YYYY-MM-DD HH:mm[:ss]`) at the location, as an instant. */
export function wallClockToInstant(value: string | null, zone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(value ?? '');
  if (!match) return null;
  try {
    return instantAt(match[1]!, match[2]!, zone);
  } catch {
    return null;
  }
}

/** An instant as a picker's wall-clock value at the location. */
export function instantToWallClock(instant: string, zone: string): string {
  return `${localDateOf(instant, zone)} ${localTimeOf(instant, zone)}:00`;
}

/**
 * The picker values a new window starts with: tomorrow at the location, 09:00–13:00 (a morning
 * in the workshop before the afternoon wind).
 */
export function defaultWindow(zone: string, now: Date = new Date()) {
  const tomorrow = localDateOf(new Date(now.getTime() + 86_400_000), zone);
  return { startsAt: `${tomorrow} 09:00:00`, endsAt: `${tomorrow} 13:00:00` };
}

/** Whole hours as people read them: 96.5 → "96.5", 100 → "100". */
export function formatHours(hours: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(hours);
}

/** An instant's date at the location in the UI language: "Thu 4 Jun". */
export function formatDay(instant: string, zone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(instant));
}

/** A window at the location: "Thu 4 Jun, 09:00–13:00" (or with both dates across days). */
export function formatWindow(startsAt: string, endsAt: string, zone: string, language: string) {
  const sameDay = localDateOf(startsAt, zone) === localDateOf(endsAt, zone);
  const start = `${formatDay(startsAt, zone, language)}, ${localTimeOf(startsAt, zone)}`;
  return sameDay
    ? `${start}–${localTimeOf(endsAt, zone)}`
    : `${start} – ${formatDay(endsAt, zone, language)}, ${localTimeOf(endsAt, zone)}`;
}
