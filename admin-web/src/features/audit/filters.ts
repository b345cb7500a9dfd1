import type { AuditLogFilter } from '../../gql/graphql';

/**
 * The audit log's filters as the URL keeps them, so a filtered view can be shared and
 * survives a reload: `?action=auth.login_failed&from=2026-07-01&to=2026-07-03`.
 * Days are calendar days in the viewer's own time zone, both ends included.
 */
export interface AuditFilters {
  /** An action or its prefix (`auth.` is every sign-in and security event). */
  action?: string;
  /** First day shown, `YYYY-MM-DD`. */
  from?: string;
  /** Last day shown, `YYYY-MM-DD`. */
  to?: string;
  /** Only what this user did (their id). */
  actor?: string;
  /** Only entries about this entity; `entityId` needs `entityType` to mean anything. */
  entityType?: string;
  entityId?: string;
}

type FilterKey = keyof AuditFilters;
const KEYS: readonly FilterKey[] = ['action', 'from', 'to', 'actor', 'entityType', 'entityId'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API's length limits; a longer value in a hand-edited URL is dropped, not sent. */
const MAX_LENGTH: Partial<Record<FilterKey, number>> = {
  action: 100,
  entityType: 50,
  entityId: 100,
};

/** `2026-07-03` → local midnight of that day; undefined for anything that is not a real day. */
export function parseDay(value: string): Date | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970) return undefined;
  const date = new Date(year, month - 1, day);
  // 2026-02-30 rolls over into March: not a day of the calendar.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return undefined;
  }
  return date;
}

/** A local date as `YYYY-MM-DD`. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function clean(key: FilterKey, raw: string | null): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (key === 'from' || key === 'to') return parseDay(value) ? value : undefined;
  if (key === 'actor') return UUID.test(value) ? value.toLowerCase() : undefined;
  const max = MAX_LENGTH[key];
  return max !== undefined && value.length > max ? undefined : value;
}

/** Reads the filters from the URL, dropping what the API would refuse. */
export function filtersFromSearchParams(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of KEYS) {
    const value = clean(key, params.get(key));
    if (value !== undefined) filters[key] = value;
  }
  // An entity id is only unique within its type.
  if (filters.entityId && !filters.entityType) delete filters.entityId;
  // A range typed backwards still means the days between the two.
  if (filters.from && filters.to && filters.from > filters.to) {
    [filters.from, filters.to] = [filters.to, filters.from];
  }
  return filters;
}

/** `current` with the filter parameters replaced by `filters`; other parameters are kept. */
export function withFilters(current: URLSearchParams, filters: AuditFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of KEYS) {
    const value = filters[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function hasFilters(filters: AuditFilters): boolean {
  return KEYS.some((key) => Boolean(filters[key]));
}

/**
 * The API's filter: days become instants at the viewer's local midnight, `to` as the start of
 * the day after (the API's `to` is exclusive), so the last day is shown whole. Null when
 * nothing is filtered, which keeps one cache entry for the unfiltered log.
 */
export function toApiFilter(filters: AuditFilters): AuditLogFilter | null {
  const from = filters.from ? parseDay(filters.from) : undefined;
  const lastDay = filters.to ? parseDay(filters.to) : undefined;
  const to = lastDay
    ? new Date(lastDay.getFullYear(), lastDay.getMonth(), lastDay.getDate() + 1)
    : undefined;
  const api: AuditLogFilter = {
    ...(filters.action && { action: filters.action }),
    ...(filters.actor && { actorUserId: filters.actor }),
    ...(filters.entityType && { entityType: filters.entityType }),
    ...(filters.entityType && filters.entityId && { entityId: filters.entityId }),
    ...(from && { from: from.toISOString() }),
    ...(to && { to: to.toISOString() }),
  };
  return Object.keys(api).length > 0 ? api : null;
}

/** The date picker's shortcuts, as `[from, to]` days ending today (both included). */
export function datePresets(today: Date) {
  const daysBack = (n: number) =>
    formatDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - n));
  const end = formatDay(today);
  return {
    today: [end, end],
    last7: [daysBack(6), end],
    last30: [daysBack(29), end],
  } as const satisfies Record<string, readonly [string, string]>;
}

/**
 * A day range in the UI language, as compact as the language allows (`Jul 1 – 3, 2026`,
 * `1–3 Tem 2026`); an open end shows only the other day.
 */
export function formatDayRange(
  from: string | undefined,
  to: string | undefined,
  language: string,
): string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  const start = from ? parseDay(from) : undefined;
  const end = to ? parseDay(to) : undefined;
  if (start && end) return format.formatRange(start, end);
  if (start) return `${format.format(start)} –`;
  if (end) return `– ${format.format(end)}`;
  return '';
}
