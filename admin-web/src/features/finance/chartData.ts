/**
 * The dashboard's answer as rows the charts draw: amounts in major units (numbers on an axis,
 * for drawing only; every label is formatted from the integer minor units), ratios as
 * percentages, periods as short dates of the UI language.
 */
import { formatMoney, minorDigits } from '@plannivo/web-kit/booking';
import type { Granularity } from './filters';

export interface Period {
  start: string;
  end: string;
}

interface MoneyValue {
  amountMinor: number;
  currency: string;
}

interface MoneyPoint {
  revenue: MoneyValue;
  takings: MoneyValue;
  bookingValue: MoneyValue;
  cancellationFees: MoneyValue;
}

/** An amount as a number of major units (1500.5), for a chart's axis. */
export function toMajor({ amountMinor, currency }: MoneyValue): number {
  return amountMinor / 10 ** minorDigits(currency);
}

/** A chart's axis value back as money in the UI language. */
export function formatMajor(value: number, currency: string, language: string): string {
  const amountMinor = Math.round(value * 10 ** minorDigits(currency));
  return formatMoney({ amountMinor, currency }, language);
}

/** A ratio as a percentage with at most one decimal (62.5), or null. */
export function toPercent(ratio: number | null | undefined): number | null {
  if (ratio === null || ratio === undefined) return null;
  return Math.round(ratio * 1000) / 10;
}

/** `62,5 %` / `62.5%`, or a dash when there is nothing to divide. */
export function formatPercent(ratio: number | null | undefined, language: string): string {
  if (ratio === null || ratio === undefined) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(
    ratio,
  );
}

const day = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/**
 * A period as the chart's axis names it: `3 Mar` for a day or a week (its first day), `Mar 2026`
 * for a month; in the UI language.
 */
export function periodLabel(period: Period, granularity: Granularity, language: string): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === 'MONTH'
      ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(day(period.start));
}

/** A period in full for a tooltip: `3 Mar 2026` or `2 Mar 2026 – 8 Mar 2026`. */
export function periodTitle(period: Period, language: string): string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  return period.start === period.end
    ? format.format(day(period.start))
    : `${format.format(day(period.start))} – ${format.format(day(period.end))}`;
}

export interface MoneyRow {
  period: string;
  title: string;
  revenue: number;
  bookingValue: number;
  takings: number;
}

/** One row per period (`periods[i]` is the period of `points[i]`): revenue, booking value, takings. */
export function moneyRows(
  points: readonly MoneyPoint[],
  periods: readonly Period[],
  granularity: Granularity,
  language: string,
): MoneyRow[] {
  return points.map((p, i) => ({
    period: periodLabel(periods[i]!, granularity, language),
    title: periodTitle(periods[i]!, language),
    revenue: toMajor(p.revenue),
    bookingValue: toMajor(p.bookingValue),
    takings: toMajor(p.takings),
  }));
}

export interface ConversionRow {
  period: string;
  title: string;
  started: number;
  confirmed: number;
  rate: number | null;
}

/** One row per period (`periods[i]` is the period of `points[i]`): started, confirmed, rate. */
export function conversionRows(
  points: ReadonlyArray<{ started: number; confirmed: number; ratio: number | null }>,
  periods: readonly Period[],
  granularity: Granularity,
  language: string,
): ConversionRow[] {
  return points.map((p, i) => ({
    period: periodLabel(periods[i]!, granularity, language),
    title: periodTitle(periods[i]!, language),
    started: p.started,
    confirmed: p.confirmed,
    rate: toPercent(p.ratio),
  }));
}

export interface UtilisationRow {
  name: string;
  /** Percent of working hours booked; 0 without working hours (the table says so). */
  utilisation: number;
  bookedHours: number;
  workingHours: number;
}

/** Instructors with their booked share, busiest first (as the API sends them). */
export function utilisationRows(
  rows: ReadonlyArray<{
    name: string;
    bookedMinutes: number;
    workingMinutes: number;
    ratio: number | null;
  }>,
): UtilisationRow[] {
  return rows.map((r) => ({
    name: r.name,
    utilisation: toPercent(r.ratio) ?? 0,
    bookedHours: Math.round(r.bookedMinutes / 6) / 10,
    workingHours: Math.round(r.workingMinutes / 6) / 10,
  }));
}
