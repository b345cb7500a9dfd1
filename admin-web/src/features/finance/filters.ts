/**
 * The finance dashboard's filters: what the URL says, what a preset picks, and where the
 * exports are downloaded. Pure functions over local dates (YYYY-MM-DD): the API reads each
 * date in each location's own calendar.
 */

export const GRANULARITIES = ['DAY', 'WEEK', 'MONTH'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The longest range the API answers (two years and a leap day). */
export const MAX_RANGE_DAYS = 731;

export interface FinanceFilters {
  /** One location, or null for all of them. */
  locationId: string | null;
  /** One currency, or null for all. */
  currency: string | null;
  from: string;
  to: string;
  granularity: Granularity;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURRENCY = /^[A-Z]{3}$/;

/** The local date of a Date in the browser's calendar. */
export function formatDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseDay(value: string): Date {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** True for a date that exists: 2026-02-30 is not one. */
export function isDay(value: string | null | undefined): value is string {
  return !!value && LOCAL_DATE.test(value) && formatDay(parseDay(value)) === value;
}

/** `date` moved by whole days (calendar days, whatever the clock changes). */
export function addDays(date: string, days: number): string {
  const d = parseDay(date);
  d.setDate(d.getDate() + days);
  return formatDay(d);
}

/** Days from `from` to `to`, both counted. */
export function rangeDays(from: string, to: string): number {
  const ms = Date.UTC(...utcParts(to)) - Date.UTC(...utcParts(from));
  return Math.round(ms / 86_400_000) + 1;
}
const utcParts = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m - 1, d] as const;
};

/** Periods that keep a chart readable for a range: days up to two months, then weeks, then months. */
export function suggestedGranularity(from: string, to: string): Granularity {
  const days = rangeDays(from, to);
  if (days <= 62) return 'DAY';
  if (days <= 190) return 'WEEK';
  return 'MONTH';
}

/** The last 30 days, today included, by day. */
export function defaultFilters(today: Date): FinanceFilters {
  const to = formatDay(today);
  return { locationId: null, currency: null, from: addDays(to, -29), to, granularity: 'DAY' };
}

export const PRESETS = [
  'last30',
  'thisMonth',
  'lastMonth',
  'last90',
  'thisYear',
  'last12Months',
] as const;
export type Preset = (typeof PRESETS)[number];

/** A preset's range and the periods that suit it. */
export function presetRange(
  preset: Preset,
  today: Date,
): Pick<FinanceFilters, 'from' | 'to' | 'granularity'> {
  const to = formatDay(today);
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (preset) {
    case 'last30':
      return { from: addDays(to, -29), to, granularity: 'DAY' };
    case 'thisMonth':
      return { from: formatDay(new Date(y, m, 1)), to, granularity: 'DAY' };
    case 'lastMonth':
      return {
        from: formatDay(new Date(y, m - 1, 1)),
        to: formatDay(new Date(y, m, 0)),
        granularity: 'DAY',
      };
    case 'last90':
      return { from: addDays(to, -89), to, granularity: 'WEEK' };
    case 'thisYear':
      return { from: formatDay(new Date(y, 0, 1)), to, granularity: 'MONTH' };
    case 'last12Months':
      return { from: formatDay(new Date(y, m - 11, 1)), to, granularity: 'MONTH' };
  }
}

/**
 * The filters a URL names; anything missing or malformed falls back to the default range
 * (both dates, or neither), so a shared link never opens an error.
 */
export function filtersFromParams(params: URLSearchParams, today: Date): FinanceFilters {
  const defaults = defaultFilters(today);
  const from = params.get('from');
  const to = params.get('to');
  const datesOk = isDay(from) && isDay(to) && from <= to;
  const granularity = params.get('granularity');
  const currency = params.get('currency');
  return {
    locationId: params.get('location') || null,
    currency: currency && CURRENCY.test(currency) ? currency : null,
    from: datesOk ? from : defaults.from,
    to: datesOk ? to : defaults.to,
    granularity: GRANULARITIES.includes(granularity as Granularity)
      ? (granularity as Granularity)
      : datesOk
        ? suggestedGranularity(from, to)
        : defaults.granularity,
  };
}

/** `current` with the filters written in (other parameters kept). */
export function filtersToParams(
  filters: FinanceFilters,
  current?: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | null) => {
    if (value) next.set(key, value);
    else next.delete(key);
  };
  set('location', filters.locationId);
  set('currency', filters.currency);
  set('from', filters.from);
  set('to', filters.to);
  set('granularity', filters.granularity);
  return next;
}

/** Why the API would refuse the range, or null when it is fine. */
export function rangeProblem(
  filters: Pick<FinanceFilters, 'from' | 'to'>,
): 'reversed' | 'tooLong' | null {
  if (filters.from > filters.to) return 'reversed';
  if (rangeDays(filters.from, filters.to) > MAX_RANGE_DAYS) return 'tooLong';
  return null;
}

/** The API's input for the filters. */
export const dashboardInput = (filters: FinanceFilters) => ({
  locationId: filters.locationId,
  currency: filters.currency,
  from: filters.from,
  to: filters.to,
  granularity: filters.granularity,
});

/**
 * Where the API serves an export of the same filters (same origin: the session cookie signs
 * the download in), labelled in `language`.
 */
export function exportHref(
  format: 'csv' | 'pdf',
  filters: FinanceFilters,
  language: string,
): string {
  const params = new URLSearchParams();
  if (filters.locationId) params.set('locationId', filters.locationId);
  if (filters.currency) params.set('currency', filters.currency);
  params.set('from', filters.from);
  params.set('to', filters.to);
  params.set('granularity', filters.granularity);
  params.set('lang', language.startsWith('tr') ? 'tr' : 'en');
  return `/finance/dashboard.${format}?${params.toString()}`;
}
