import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { pageRequest, toPage, type Page } from '../../db/pagination.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import type { FindingDetails } from './findings.js';
import {
  DISCREPANCY_KINDS,
  discrepanciesTable,
  reconciliationRunsTable,
  type DiscrepancyKind,
  type DiscrepancyRow,
  type DiscrepancyStatus,
  type ReconciliationRunRow,
} from './schema.js';

export interface DiscrepancyFilter {
  status?: DiscrepancyStatus | null;
  kind?: DiscrepancyKind | null;
  locationId?: string | null;
}

const filterSql = (filter: DiscrepancyFilter): SQL | undefined =>
  and(
    filter.status ? eq(discrepanciesTable.status, filter.status) : undefined,
    filter.kind ? eq(discrepanciesTable.kind, filter.kind) : undefined,
    filter.locationId ? eq(discrepanciesTable.locationId, filter.locationId) : undefined,
  );

/** The cursor key of the list: first seen, then id (both, so equal instants page right). */
const keyOf = (row: DiscrepancyRow) => JSON.stringify([row.firstSeenAt.toISOString(), row.id]);

function parseKey(after: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(after) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && isUuid(id) && !isNaN(Date.parse(at)))
      return { at: new Date(at), id };
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'is not a cursor of this list' });
}

/**
 * Discrepancies, newest first (by when they were first seen), filtered by status, kind and
 * location. Errors: BAD_USER_INPUT for a page size out of range or a foreign cursor.
 */
export async function listDiscrepancies({
  ctx,
  filter,
  page,
}: {
  ctx: ServiceContext;
  filter: DiscrepancyFilter;
  page: { first?: number | null; after?: string | null };
}): Promise<Page<DiscrepancyRow>> {
  const { first, after } = pageRequest(page);
  if (filter.locationId && !isUuid(filter.locationId)) return toPage([], first, 0, keyOf);
  const where = filterSql(filter);
  const cursor = after ? parseKey(after) : null;
  const rows = await ctx.db
    .select()
    .from(discrepanciesTable)
    .where(
      and(
        where,
        cursor
          ? or(
              lt(discrepanciesTable.firstSeenAt, cursor.at),
              and(
                eq(discrepanciesTable.firstSeenAt, cursor.at),
                lt(discrepanciesTable.id, cursor.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(discrepanciesTable.firstSeenAt), desc(discrepanciesTable.id))
    .limit(first + 1);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(discrepanciesTable)
    .where(where);
  return toPage(rows, first, Number(count?.n ?? 0), keyOf);
}

/** One discrepancy, or null for an unknown id. */
export async function getDiscrepancy({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db.select().from(discrepanciesTable).where(eq(discrepanciesTable.id, id));
  return row ?? null;
}

/** The latest runs, newest first. Errors: BAD_USER_INPUT when `first` is not 1–100. */
export async function listReconciliationRuns({
  ctx,
  first,
}: {
  ctx: ServiceContext;
  first?: number | null;
}): Promise<ReconciliationRunRow[]> {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw badInput({ first: 'must be between 1 and 100' });
  return ctx.db
    .select()
    .from(reconciliationRunsTable)
    .orderBy(desc(reconciliationRunsTable.startedAt), desc(reconciliationRunsTable.id))
    .limit(limit);
}

/** Runs by id, in the order asked (null for unknown ids); for loaders. */
export async function runsByIds(db: DbOrTx, ids: readonly string[]) {
  const valid = [...new Set(ids.filter(isUuid))];
  const rows = valid.length
    ? await db
        .select()
        .from(reconciliationRunsTable)
        .where(inArray(reconciliationRunsTable.id, valid))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

export interface KindSummary {
  kind: DiscrepancyKind;
  /** Seen by the run (new or still open). */
  found: number;
  /** Opened by the run. */
  opened: number;
  /** As things stand now, whichever run found them. */
  open: number;
  resolved: number;
  dismissed: number;
  /** Money involved in the OPEN ones, per currency. */
  openAmounts: Array<{ currency: string; amountMinor: number }>;
  /** Money involved in the RESOLVED ones, per currency. */
  resolvedAmounts: Array<{ currency: string; amountMinor: number }>;
}

export interface ReconciliationReport {
  run: ReconciliationRunRow | null;
  kinds: KindSummary[];
  /** Money involved in every OPEN discrepancy, per currency. */
  openAmounts: Array<{ currency: string; amountMinor: number }>;
}

/**
 * The reconciliation report: for a run (`runId`, else the latest), per kind what it found and
 * opened, and across all runs how many discrepancies are open, resolved and dismissed now
 * with the money involved per currency (the `amountMinor` each finding records). Two queries.
 * Errors: NOT_FOUND for an unknown run.
 */
export async function reconciliationReport({
  ctx,
  runId,
}: {
  ctx: ServiceContext;
  runId?: string | null;
}): Promise<ReconciliationReport> {
  let run: ReconciliationRunRow | null;
  if (runId) {
    run = isUuid(runId)
      ? ((
          await ctx.db
            .select()
            .from(reconciliationRunsTable)
            .where(eq(reconciliationRunsTable.id, runId))
        )[0] ?? null)
      : null;
    if (!run) throw notFound('Reconciliation run');
  } else {
    run = (await listReconciliationRuns({ ctx, first: 1 }))[0] ?? null;
  }
  const rows = rowsOf<{
    kind: DiscrepancyKind;
    status: DiscrepancyStatus;
    currency: string | null;
    n: number;
    amount: string;
    opened: number;
  }>(
    await ctx.db.execute(sql`
      select kind::text as kind, status::text as status, details->>'currency' as currency,
             count(*)::int as n,
             coalesce(sum((details->>'amountMinor')::bigint), 0)::text as amount,
             count(*) filter (where first_run_id = ${run?.id ?? null}::uuid)::int as opened
        from discrepancies
       group by kind, status, details->>'currency'
       order by kind, status, currency`),
  );
  const totals = new Map<string, number>();
  const kinds = DISCREPANCY_KINDS.map((kind): KindSummary => {
    const mine = rows.filter((r) => r.kind === kind);
    const count = (status: DiscrepancyStatus) =>
      mine.filter((r) => r.status === status).reduce((n, r) => n + Number(r.n), 0);
    const amounts = (status: DiscrepancyStatus) =>
      mine
        .filter((r) => r.status === status && r.currency && Number(r.amount) !== 0)
        .map((r) => ({ currency: r.currency!, amountMinor: Number(r.amount) }));
    for (const a of amounts('OPEN'))
      totals.set(a.currency, (totals.get(a.currency) ?? 0) + a.amountMinor);
    return {
      kind,
      found: Number(run?.found[kind] ?? 0),
      opened: mine.reduce((n, r) => n + Number(r.opened), 0),
      open: count('OPEN'),
      resolved: count('RESOLVED'),
      dismissed: count('DISMISSED'),
      openAmounts: amounts('OPEN'),
      resolvedAmounts: amounts('RESOLVED'),
    };
  });
  return {
    run,
    kinds,
    openAmounts: [...totals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amountMinor]) => ({ currency, amountMinor })),
  };
}

/** Every discrepancy matching `filter`, newest first, for the CSV export (up to `limit`). */
export async function discrepanciesForExport(
  ctx: ServiceContext,
  filter: DiscrepancyFilter,
  limit = 50_000,
) {
  return ctx.db
    .select()
    .from(discrepanciesTable)
    .where(filterSql(filter))
    .orderBy(desc(discrepanciesTable.firstSeenAt), desc(discrepanciesTable.id))
    .limit(limit);
}

export interface BookingChoice {
  bookingId: string;
  startsAt: Date;
  status: string;
  serviceName: string;
  /** What the payment's customer owes on it now (negative: paid ahead), in `currency`. */
  dueMinor: number;
  currency: string;
}

/**
 * The bookings an unlinked payment may be linked to: not archived, at the payment's location,
 * in its currency, with the payment's customer (or someone they are guardian of) taking part;
 * those still owed first, then the latest. Empty for other kinds. Errors: NOT_FOUND.
 */
export async function discrepancyBookingChoices({
  ctx,
  id,
}: {
  ctx: ServiceContext;
  id: string;
}): Promise<BookingChoice[]> {
  const row = await getDiscrepancy({ ctx, id });
  if (!row) throw notFound('Discrepancy');
  const details = row.details as unknown as FindingDetails;
  if (row.kind !== 'UNLINKED_PAYMENT' || !details.paymentId) return [];
  const rows = rowsOf<{
    booking_id: string;
    starts_at: string;
    status: string;
    service_name: string;
    due: string;
    currency: string;
  }>(
    await ctx.db.execute(sql`
      with payment as (
        select customer_id, location_id, currency from payments where id = ${details.paymentId}::uuid
      ),
      theirs as (
        select distinct b.id, b.starts_at, b.status, b.service_id, b.currency
          from payment p
          join bookings b on b.location_id = p.location_id and b.currency = p.currency
                         and b.deleted_at is null
          join booking_participants bp on bp.booking_id = b.id and bp.cancelled_at is null
          join customers c on c.id = bp.customer_id
         where c.id = p.customer_id or c.guardian_id = p.customer_id
      )
      select t.id::text as booking_id,
             to_char(t.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as starts_at,
             t.status::text as status, s.name as service_name, t.currency::text as currency,
             coalesce(due.amount, 0)::text as due
        from theirs t
        join services s on s.id = t.service_id
        left join lateral (
          select sum(l.amount_minor) as amount
            from journal_lines l, payment p
           where l.account = 'RECEIVABLES' and l.booking_id = t.id and l.customer_id = p.customer_id
        ) due on true
       order by (coalesce(due.amount, 0) > 0) desc, t.starts_at desc, t.id
       limit 50`),
  );
  return rows.map((r) => ({
    bookingId: r.booking_id,
    startsAt: new Date(r.starts_at),
    status: r.status,
    serviceName: r.service_name,
    dueMinor: Number(r.due),
    currency: r.currency,
  }));
}
