import { and, gt, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { isCurrencyCode } from '@plannivo/schema/currencies';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import { rowsOf } from '../../db/client.js';
import { badInput, forbidden, unauthenticated, type FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { isLocalDate, type Range } from '../availability/time.js';
import {
  instructorHoursTable,
  instructorsTable,
  instructorTimeOffTable,
} from '../instructors/schema.js';
import { locationsTable, type LocationRow } from '../locations/schema.js';
import { LEDGER_ACCOUNTS } from '../money/schema.js';
import {
  AGES,
  ageBucket,
  ageInDays,
  bucketThresholds,
  daysInRange,
  GRANULARITIES,
  MAX_RANGE_DAYS,
  periodBuckets,
  ratio,
  workingMinutes,
  type Age,
  type Bucket,
  type Granularity,
  type WeeklyBlock,
} from './buckets.js';

export interface FinanceDashboardInput {
  locationId?: string | null;
  currency?: string | null;
  /** Local dates of the locations, both included. */
  from: string;
  to: string;
  granularity: Granularity;
}

/** Money figures of one period in one currency, in minor units. */
export interface MoneyFigures {
  /** Net of tax: credits to the revenue accounts (package expiry included) less debits. */
  revenueMinor: number;
  /** Money that came in to cash, card clearing and bank, less money paid out (refunds). */
  takingsMinor: number;
  /** Prices of the bookings taking place, cancelled ones aside, plus cancellation fees. */
  bookingValueMinor: number;
  /** The part of bookingValueMinor that is cancellation fees (cancelled bookings, people who left). */
  cancellationFeesMinor: number;
}

export interface Debtor {
  customerId: string;
  name: string;
  balanceMinor: number;
  /** When the oldest line still unpaid was posted (payments settle the oldest lines first). */
  oldestUnpaidAt: Date;
  ageDays: number;
}

export interface Receivables {
  totalMinor: number;
  debtors: number;
  aging: Array<{ age: Age; amountMinor: number; debtors: number }>;
  /** The largest balances first, at most TOP_DEBTORS. */
  topDebtors: Debtor[];
}

export interface CurrencyFigures {
  currency: string;
  /** One per bucket, in bucket order. */
  points: MoneyFigures[];
  totals: MoneyFigures;
  receivables: Receivables;
}

export interface InstructorUtilisation {
  instructorId: string;
  name: string;
  bookedMinutes: number;
  workingMinutes: number;
  /** bookedMinutes / workingMinutes; null without working hours (above 1 when booked beyond them). */
  ratio: number | null;
}

export interface ConversionFigures {
  /** Bookings created (any status but archived). */
  started: number;
  /** Of those, the ones that reached CONFIRMED or later. */
  confirmed: number;
  ratio: number | null;
}

export interface FinanceDashboard {
  from: string;
  to: string;
  granularity: Granularity;
  /** The location asked for; null for every location. */
  location: Pick<LocationRow, 'id' | 'name' | 'timezone' | 'currency'> | null;
  currency: string | null;
  /** The instant receivables are read at: now, or the end of `to` when that is earlier. */
  asOf: Date;
  buckets: Bucket[];
  currencies: CurrencyFigures[];
  utilisation: InstructorUtilisation[];
  conversion: ConversionFigures & { points: ConversionFigures[] };
}

export const TOP_DEBTORS = 10;

const REVENUE_ACCOUNTS = LEDGER_ACCOUNTS.filter((a) => a.startsWith('REVENUE_'));
const MONEY_IN_ACCOUNTS = ['CASH', 'CARD_CLEARING', 'BANK'] as const;
/** A booking reached confirmation when it has confirmedAt or one of these statuses. */
const CONFIRMED_OR_LATER = ['CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'NO_SHOW'] as const;

/** Constant identifiers of this file as SQL literals (never user input). */
const literals = (values: readonly string[]) =>
  sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '));

/** A location's window in instants: where each bucket starts, and the end of the last. */
interface LocationWindow {
  location: LocationRow;
  thresholds: Date[];
}

/**
 * `scope(location_id, range_start, range_end, thresholds)`: one row per location with its
 * range and bucket boundaries as instants of its own zone, so `width_bucket(t, thresholds)`
 * puts each instant in the local period it belongs to (1-based; `t` is inside the range).
 * Boundaries travel as one text parameter: both drivers pass it the same way.
 */
function scopeCte(windows: readonly LocationWindow[]): SQL {
  const rows = windows.map(
    ({ location, thresholds }) =>
      sql`(${location.id}::uuid, ${thresholds[0]!.toISOString()}::timestamptz, ${thresholds[thresholds.length - 1]!.toISOString()}::timestamptz, string_to_array(${thresholds.map((t) => t.toISOString()).join(',')}, ',')::timestamptz[])`,
  );
  return sql`scope(location_id, range_start, range_end, thresholds) as (values ${sql.join(rows, sql`, `)})`;
}

const zero = (): MoneyFigures => ({
  revenueMinor: 0,
  takingsMinor: 0,
  bookingValueMinor: 0,
  cancellationFeesMinor: 0,
});

/** Refuses anyone but managers and administrators. Errors: UNAUTHENTICATED, FORBIDDEN. */
function requireManagement(ctx: ServiceContext) {
  if (ctx.apiKey) throw forbidden();
  if (!ctx.viewer) throw unauthenticated();
  if (!MANAGEMENT_ROLES.includes(ctx.viewer.role)) throw forbidden();
}

/** Checks the input against the locations there are; returns the location asked for. */
function checkInput(input: FinanceDashboardInput, locations: readonly LocationRow[]) {
  const fields: FieldErrors = {};
  if (!isLocalDate(input.from)) fields.from = 'is not a date (YYYY-MM-DD)';
  if (!isLocalDate(input.to)) fields.to = 'is not a date (YYYY-MM-DD)';
  if (!fields.from && !fields.to) {
    const days = daysInRange(input.from, input.to);
    if (days < 1) fields.to = 'is before the start of the range';
    else if (days > MAX_RANGE_DAYS)
      fields.to = `is more than ${MAX_RANGE_DAYS} days after the start`;
  }
  if (!GRANULARITIES.includes(input.granularity))
    fields.granularity = `is one of ${GRANULARITIES.join(', ')}`;
  let location: LocationRow | null = null;
  if (input.locationId) {
    location = isUuid(input.locationId)
      ? (locations.find((l) => l.id === input.locationId) ?? null)
      : null;
    if (!location) fields.locationId = 'no such location';
  }
  if (input.currency) {
    if (!isCurrencyCode(input.currency)) fields.currency = 'is not an ISO 4217 currency code';
    else if (!locations.some((l) => l.currency === input.currency))
      fields.currency = 'no location takes this currency';
  }
  if (Object.keys(fields).length) throw badInput(fields);
  return location;
}

/**
 * The finance dashboard of one location or all of them, from `from` to `to` (local dates of
 * each location, both included) in periods of a day, an ISO week or a calendar month, each
 * period in the location's own time zone:
 * - per currency and period: revenue (net of tax, from the ledger's revenue accounts, package
 *   expiry included, reversals subtracted, by `occurredAt`), takings (money into cash, card
 *   clearing and bank, less refunds) and booking value (prices of the bookings taking place in
 *   the period by `startsAt`, cancelled and archived ones aside, plus the cancellation fees
 *   charged: fees are value the school kept from a booking that did not happen);
 * - per currency: receivables as of `asOf` — customers whose RECEIVABLES balance is positive,
 *   the whole balance aged by its oldest unpaid line (payments settle the oldest lines first),
 *   in 0–7, 8–30, 31–90 and over 90 days, and the largest debtors;
 * - per instructor: booked minutes of bookings not cancelled against working minutes from the
 *   weekly hours, less time off;
 * - conversion per period and in total: bookings created (any status, archived ones aside)
 *   against those that reached CONFIRMED or later.
 * With `currency`, money figures are those in that currency, and instructors and conversion
 * cover the locations that take it.
 *
 * A handful of grouped queries, whatever the range: no query per row or per period.
 * Errors: UNAUTHENTICATED; FORBIDDEN for anyone but managers and administrators (API keys
 * included); BAD_USER_INPUT on `from`/`to` (not a date, reversed, over MAX_RANGE_DAYS),
 * `granularity`, `locationId` (unknown) or `currency` (not ISO 4217, or no location takes it).
 */
export async function financeDashboard({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: FinanceDashboardInput;
}): Promise<FinanceDashboard> {
  requireManagement(ctx);
  const allLocations = await ctx.db.select().from(locationsTable);
  const location = checkInput(input, allLocations);
  const currency = input.currency || null;
  const buckets = periodBuckets(input.from, input.to, input.granularity);

  const windowOf = (l: LocationRow): LocationWindow => ({
    location: l,
    thresholds: bucketThresholds(buckets, l.timezone),
  });
  // Money in any currency at the locations asked for; people's time where the currency is taken.
  const moneyWindows = (location ? [location] : allLocations).map(windowOf);
  const opsWindows = moneyWindows.filter((w) => !currency || w.location.currency === currency);
  const lastEnd = Math.max(
    0,
    ...moneyWindows.map((w) => w.thresholds[w.thresholds.length - 1]!.getTime()),
  );
  const asOf = new Date(Math.min(ctx.now().getTime(), lastEnd || ctx.now().getTime()));

  const [ledger, bookings, conversion, receivables, utilisation] = await Promise.all([
    ledgerByPeriod(ctx, moneyWindows, currency),
    bookingValueByPeriod(ctx, moneyWindows, currency),
    conversionByPeriod(ctx, opsWindows),
    receivablesOf(ctx, moneyWindows, currency, asOf),
    utilisationOf(ctx, opsWindows, input),
  ]);

  const currencies = new Set<string>(
    currency ? [currency] : moneyWindows.map((w) => w.location.currency),
  );
  for (const row of [...ledger, ...bookings]) currencies.add(row.currency);
  for (const c of receivables.keys()) currencies.add(c);

  const figures = [...currencies].sort().map((c): CurrencyFigures => {
    const points = buckets.map(zero);
    for (const row of ledger) {
      if (row.currency !== c) continue;
      points[row.bucket - 1]!.revenueMinor += row.revenue;
      points[row.bucket - 1]!.takingsMinor += row.takings;
    }
    for (const row of bookings) {
      if (row.currency !== c) continue;
      points[row.bucket - 1]!.bookingValueMinor += row.value + row.fees;
      points[row.bucket - 1]!.cancellationFeesMinor += row.fees;
    }
    const totals = points.reduce((sum, p) => {
      sum.revenueMinor += p.revenueMinor;
      sum.takingsMinor += p.takingsMinor;
      sum.bookingValueMinor += p.bookingValueMinor;
      sum.cancellationFeesMinor += p.cancellationFeesMinor;
      return sum;
    }, zero());
    return { currency: c, points, totals, receivables: summarise(receivables.get(c) ?? [], asOf) };
  });

  const conversionPoints = buckets.map(() => ({ started: 0, confirmed: 0 }));
  for (const row of conversion) {
    conversionPoints[row.bucket - 1]!.started += row.started;
    conversionPoints[row.bucket - 1]!.confirmed += row.confirmed;
  }
  const started = conversionPoints.reduce((n, p) => n + p.started, 0);
  const confirmed = conversionPoints.reduce((n, p) => n + p.confirmed, 0);

  return {
    from: input.from,
    to: input.to,
    granularity: input.granularity,
    location: location
      ? {
          id: location.id,
          name: location.name,
          timezone: location.timezone,
          currency: location.currency,
        }
      : null,
    currency,
    asOf,
    buckets,
    currencies: figures,
    utilisation,
    conversion: {
      started,
      confirmed,
      ratio: ratio(confirmed, started),
      points: conversionPoints.map((p) => ({ ...p, ratio: ratio(p.confirmed, p.started) })),
    },
  };
}

/** Revenue and takings per currency and period, from the ledger's lines. */
async function ledgerByPeriod(
  ctx: ServiceContext,
  windows: readonly LocationWindow[],
  currency: string | null,
) {
  if (!windows.length) return [];
  const result = await ctx.db.execute(sql`
    with ${scopeCte(windows)}
    select l.currency, width_bucket(l.occurred_at, s.thresholds) as bucket,
      coalesce(-sum(l.amount_minor) filter (where l.account in (${literals(REVENUE_ACCOUNTS)})), 0)::float8 as revenue,
      coalesce(sum(l.amount_minor) filter (where l.account in (${literals(MONEY_IN_ACCOUNTS)})), 0)::float8 as takings
    from journal_lines l
    join scope s on s.location_id = l.location_id
    where l.account in (${literals([...REVENUE_ACCOUNTS, ...MONEY_IN_ACCOUNTS])})
      and l.occurred_at >= s.range_start and l.occurred_at < s.range_end
      ${currency ? sql`and l.currency = ${currency}` : sql``}
    group by 1, 2`);
  return rowsOf<{ currency: string; bucket: number; revenue: number; takings: number }>(result).map(
    (r) => ({
      currency: r.currency,
      bucket: Number(r.bucket),
      revenue: Number(r.revenue),
      takings: Number(r.takings),
    }),
  );
}

/** Booking value and cancellation fees per currency and period of the bookings' start. */
async function bookingValueByPeriod(
  ctx: ServiceContext,
  windows: readonly LocationWindow[],
  currency: string | null,
) {
  if (!windows.length) return [];
  const result = await ctx.db.execute(sql`
    with ${scopeCte(windows)}
    select b.currency, width_bucket(b.starts_at, s.thresholds) as bucket,
      coalesce(sum(b.price_minor) filter (where b.status <> 'CANCELLED'), 0)::float8 as value,
      coalesce(sum(
        case when b.status = 'CANCELLED' then coalesce(b.cancellation_fee_minor, 0) else 0 end
        + (select coalesce(sum(p.cancellation_fee_minor), 0) from booking_participants p
           where p.booking_id = b.id and p.cancelled_at is not null)
      ), 0)::float8 as fees
    from bookings b
    join scope s on s.location_id = b.location_id
    where b.deleted_at is null
      and b.starts_at >= s.range_start and b.starts_at < s.range_end
      ${currency ? sql`and b.currency = ${currency}` : sql``}
    group by 1, 2`);
  return rowsOf<{ currency: string; bucket: number; value: number; fees: number }>(result).map(
    (r) => ({
      currency: r.currency,
      bucket: Number(r.bucket),
      value: Number(r.value),
      fees: Number(r.fees),
    }),
  );
}

/** Bookings created per period, and how many of them reached confirmation. */
async function conversionByPeriod(ctx: ServiceContext, windows: readonly LocationWindow[]) {
  if (!windows.length) return [];
  const result = await ctx.db.execute(sql`
    with ${scopeCte(windows)}
    select width_bucket(b.created_at, s.thresholds) as bucket,
      count(*)::int as started,
      count(*) filter (
        where b.confirmed_at is not null or b.status in (${literals(CONFIRMED_OR_LATER)})
      )::int as confirmed
    from bookings b
    join scope s on s.location_id = b.location_id
    where b.deleted_at is null
      and b.created_at >= s.range_start and b.created_at < s.range_end
    group by 1`);
  return rowsOf<{ bucket: number; started: number; confirmed: number }>(result).map((r) => ({
    bucket: Number(r.bucket),
    started: Number(r.started),
    confirmed: Number(r.confirmed),
  }));
}

interface DebtorRow {
  customerId: string;
  name: string;
  currency: string;
  balance: number;
  oldestUnpaidAt: Date;
}

/**
 * Customers owing money per currency as of `asOf`, with the oldest line of each balance still
 * unpaid: walking a customer's debits from the newest back, the first one at which they cover
 * the balance (first in, first out).
 */
async function receivablesOf(
  ctx: ServiceContext,
  windows: readonly LocationWindow[],
  currency: string | null,
  asOf: Date,
): Promise<Map<string, DebtorRow[]>> {
  const byCurrency = new Map<string, DebtorRow[]>();
  if (!windows.length) return byCurrency;
  const locationIds = windows.map((w) => w.location.id);
  const result = await ctx.db.execute(sql`
    with lines as (
      select l.id, l.customer_id, l.currency, l.amount_minor, l.occurred_at
      from journal_lines l
      where l.account = 'RECEIVABLES'
        and l.location_id in (${sql.join(
          locationIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        and l.occurred_at <= ${asOf.toISOString()}::timestamptz
        ${currency ? sql`and l.currency = ${currency}` : sql``}
    ),
    balances as (
      select customer_id, currency, sum(amount_minor) as balance
      from lines group by 1, 2 having sum(amount_minor) > 0
    ),
    debits as (
      select d.customer_id, d.currency, d.occurred_at, d.amount_minor, b.balance,
        sum(d.amount_minor) over (
          partition by d.customer_id, d.currency order by d.occurred_at desc, d.id desc
        ) as newer
      from lines d
      join balances b on b.customer_id = d.customer_id and b.currency = d.currency
      where d.amount_minor > 0
    )
    select d.customer_id, c.name, d.currency, d.balance::float8 as balance,
      (extract(epoch from min(d.occurred_at)) * 1000)::float8 as oldest_ms
    from debits d
    join customers c on c.id = d.customer_id
    where d.newer - d.amount_minor < d.balance
    group by d.customer_id, c.name, d.currency, d.balance`);
  for (const r of rowsOf<{
    customer_id: string;
    name: string;
    currency: string;
    balance: number;
    oldest_ms: number;
  }>(result)) {
    const list = byCurrency.get(r.currency) ?? [];
    list.push({
      customerId: r.customer_id,
      name: r.name,
      currency: r.currency,
      balance: Number(r.balance),
      oldestUnpaidAt: new Date(Number(r.oldest_ms)),
    });
    byCurrency.set(r.currency, list);
  }
  return byCurrency;
}

/** Totals, aging buckets and the largest debtors of one currency's receivables. */
export function summarise(rows: readonly DebtorRow[], asOf: Date): Receivables {
  const aging = AGES.map((age) => ({ age, amountMinor: 0, debtors: 0 }));
  const debtors = rows.map((r) => ({
    customerId: r.customerId,
    name: r.name,
    balanceMinor: r.balance,
    oldestUnpaidAt: r.oldestUnpaidAt,
    ageDays: ageInDays(r.oldestUnpaidAt, asOf),
  }));
  for (const d of debtors) {
    const slot = aging[AGES.indexOf(ageBucket(d.ageDays))]!;
    slot.amountMinor += d.balanceMinor;
    slot.debtors += 1;
  }
  return {
    totalMinor: debtors.reduce((n, d) => n + d.balanceMinor, 0),
    debtors: debtors.length,
    aging,
    topDebtors: debtors
      .sort(
        (a, b) =>
          b.balanceMinor - a.balanceMinor ||
          a.oldestUnpaidAt.getTime() - b.oldestUnpaidAt.getTime() ||
          a.name.localeCompare(b.name),
      )
      .slice(0, TOP_DEBTORS),
  };
}

/**
 * Booked against working minutes per instructor at the locations of `windows`: active
 * instructors with hours there, and anyone booked there in the range.
 */
async function utilisationOf(
  ctx: ServiceContext,
  windows: readonly LocationWindow[],
  input: FinanceDashboardInput,
): Promise<InstructorUtilisation[]> {
  if (!windows.length) return [];
  const locationIds = windows.map((w) => w.location.id);
  const rangeStart = new Date(Math.min(...windows.map((w) => w.thresholds[0]!.getTime())));
  const rangeEnd = new Date(
    Math.max(...windows.map((w) => w.thresholds[w.thresholds.length - 1]!.getTime())),
  );
  const [hours, booked] = await Promise.all([
    ctx.db
      .select({
        instructorId: instructorHoursTable.instructorId,
        name: instructorsTable.name,
        locationId: instructorHoursTable.locationId,
        weekday: instructorHoursTable.weekday,
        start: instructorHoursTable.startTime,
        end: instructorHoursTable.endTime,
      })
      .from(instructorHoursTable)
      .innerJoin(
        instructorsTable,
        sql`${instructorsTable.id} = ${instructorHoursTable.instructorId}`,
      )
      .where(
        and(inArray(instructorHoursTable.locationId, locationIds), sql`${instructorsTable.active}`),
      ),
    ctx.db
      .execute(
        sql`
      with ${scopeCte(windows)}
      select b.instructor_id, i.name,
        sum(extract(epoch from least(b.ends_at, s.range_end) - greatest(b.starts_at, s.range_start)) / 60)::float8 as minutes
      from bookings b
      join scope s on s.location_id = b.location_id
      join instructors i on i.id = b.instructor_id
      where b.instructor_id is not null and b.deleted_at is null and b.status <> 'CANCELLED'
        and b.starts_at < s.range_end and b.ends_at > s.range_start
      group by 1, 2`,
      )
      .then((r) =>
        rowsOf<{ instructor_id: string; name: string; minutes: number }>(r).map((row) => ({
          instructorId: row.instructor_id,
          name: row.name,
          minutes: Math.round(Number(row.minutes)),
        })),
      ),
  ]);
  const withHours = [...new Set(hours.map((h) => h.instructorId))];
  const timeOff = withHours.length
    ? await ctx.db
        .select({
          instructorId: instructorTimeOffTable.instructorId,
          start: instructorTimeOffTable.startsAt,
          end: instructorTimeOffTable.endsAt,
        })
        .from(instructorTimeOffTable)
        .where(
          and(
            inArray(instructorTimeOffTable.instructorId, withHours),
            lt(instructorTimeOffTable.startsAt, rangeEnd),
            gt(instructorTimeOffTable.endsAt, rangeStart),
          ),
        )
    : [];

  const people = new Map<string, InstructorUtilisation>();
  const person = (instructorId: string, name: string) => {
    let p = people.get(instructorId);
    if (!p) {
      p = { instructorId, name, bookedMinutes: 0, workingMinutes: 0, ratio: null };
      people.set(instructorId, p);
    }
    return p;
  };
  const offOf = new Map<string, Range[]>();
  for (const t of timeOff)
    offOf.set(t.instructorId, [
      ...(offOf.get(t.instructorId) ?? []),
      { start: t.start, end: t.end },
    ]);
  const blocksOf = new Map<string, { name: string; blocks: WeeklyBlock[] }>();
  for (const h of hours) {
    const key = `${h.instructorId} ${h.locationId}`;
    const entry = blocksOf.get(key) ?? { name: h.name, blocks: [] };
    entry.blocks.push({ weekday: h.weekday, start: h.start, end: h.end });
    blocksOf.set(key, entry);
  }
  const zoneOf = new Map(windows.map((w) => [w.location.id, w.location.timezone]));
  for (const [key, { name, blocks }] of blocksOf) {
    const [instructorId, locationId] = key.split(' ') as [string, string];
    person(instructorId, name).workingMinutes += workingMinutes({
      blocks,
      from: input.from,
      to: input.to,
      zone: zoneOf.get(locationId)!,
      timeOff: offOf.get(instructorId) ?? [],
    });
  }
  for (const b of booked) person(b.instructorId, b.name).bookedMinutes += b.minutes;
  return [...people.values()]
    .map((p) => ({ ...p, ratio: ratio(p.bookedMinutes, p.workingMinutes) }))
    .sort((a, b) => (b.ratio ?? -1) - (a.ratio ?? -1) || a.name.localeCompare(b.name));
}
