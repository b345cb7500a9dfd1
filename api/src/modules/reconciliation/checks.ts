import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import type { Finding, FindingCustomer, FindingPayment } from './findings.js';

/**
 * The five checks of the reconciliation, one SQL statement each over the whole ledger
 * (set-based: however many journals, wallets, payments or bookings there are, a check is one
 * round trip). Each returns findings: what is wrong, about what (the fingerprint), where, and
 * the figures staff need to act on it (findings.ts).
 */

/** An instant as the API writes it (ISO 8601, UTC, milliseconds), from SQL. */
const iso = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const at = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/** A completed booking still owed for this long after completion is unpaid. */
export const UNPAID_AFTER_HOURS = 24;
/** Two equal payments this close to each other are taken for one taken twice. */
export const DUPLICATE_WINDOW_MINUTES = 10;

/**
 * UNBALANCED_JOURNAL: entries whose lines do not sum to zero in a currency. The deferred
 * trigger `journal_lines_balanced` refuses them at commit, so one here means somebody wrote
 * around it (a restore, a replica-mode session, a hand edit).
 */
export async function findUnbalancedJournals(db: DbOrTx): Promise<Finding[]> {
  const rows = rowsOf<{
    journal_id: string;
    location_id: string;
    journal_kind: string;
    occurred_at: string;
    currency: string;
    off_by: string;
  }>(
    await db.execute(sql`
      select l.journal_id::text as journal_id, e.location_id::text as location_id,
             e.kind::text as journal_kind, ${iso(sql`e.occurred_at`)} as occurred_at,
             l.currency::text as currency, sum(l.amount_minor)::text as off_by
        from journal_lines l
        join journal_entries e on e.id = l.journal_id
       group by l.journal_id, e.location_id, e.kind, e.occurred_at, l.currency
      having sum(l.amount_minor) <> 0
       order by e.occurred_at, l.journal_id, l.currency`),
  );
  return rows.map((r) => {
    const offBy = Number(r.off_by);
    return {
      kind: 'UNBALANCED_JOURNAL',
      fingerprint: `UNBALANCED_JOURNAL:${r.journal_id}:${r.currency}`,
      locationId: r.location_id,
      details: {
        amountMinor: Math.abs(offBy),
        currency: r.currency,
        journalId: r.journal_id,
        journalKind: r.journal_kind,
        occurredAt: r.occurred_at,
        offByMinor: offBy,
      },
    };
  });
}

/**
 * WALLET_DRIFT: per customer and currency, the running balance on the wallet's latest line
 * (`walletBalanceAfter`) is not what its lines sum to (credit-positive), a line carries no
 * running balance, or the wallet is below zero. The location is the latest line's.
 */
export async function findWalletDrift(db: DbOrTx): Promise<Finding[]> {
  const rows = rowsOf<{
    customer_id: string;
    customer_name: string;
    currency: string;
    expected: string;
    recorded: number | null;
    missing: number;
    location_id: string;
    last_line_id: string;
  }>(
    await db.execute(sql`
      with wallets as (
        select customer_id, currency, -sum(amount_minor) as expected,
               count(*) filter (where wallet_balance_after is null) as missing,
               max(id) as last_id
          from journal_lines
         where account = 'CUSTOMER_WALLET'
         group by customer_id, currency
      )
      select w.customer_id::text as customer_id, c.name as customer_name,
             w.currency::text as currency, w.expected::text as expected,
             last.wallet_balance_after as recorded, w.missing::int as missing,
             last.location_id::text as location_id, last.id::text as last_line_id
        from wallets w
        join journal_lines last on last.id = w.last_id
        join customers c on c.id = w.customer_id
       where last.wallet_balance_after is distinct from w.expected
          or w.missing > 0
          or w.expected < 0
       order by c.name, w.customer_id, w.currency`),
  );
  return rows.map((r) => {
    const expected = Number(r.expected);
    const recorded = r.recorded === null ? null : Number(r.recorded);
    const drift = recorded === null ? 0 : Math.abs(expected - recorded);
    return {
      kind: 'WALLET_DRIFT',
      fingerprint: `WALLET_DRIFT:${r.customer_id}:${r.currency}`,
      locationId: r.location_id,
      details: {
        amountMinor: Math.max(drift, expected < 0 ? -expected : 0),
        currency: r.currency,
        customerId: r.customer_id,
        customerName: r.customer_name,
        expectedMinor: expected,
        recordedMinor: recorded,
        linesWithoutBalance: Number(r.missing),
        lastLineId: Number(r.last_line_id),
      },
    };
  });
}

/**
 * UNLINKED_PAYMENT: PAYMENT rows with no booking whose money still sits on account, that is
 * while the customer's RECEIVABLES lines with no booking sum below zero in the payment's
 * currency. Which payments the credit still belongs to is read first in, first out: what was
 * taken off the account (allocated, moved) came from the oldest payments, so the credit is
 * spread over the newest ones. Left out: payments refunded in full, and payments whose
 * credit reconciliation already moved to the wallet (their discrepancy resolved so).
 * `customerId` and `currency` narrow it to one account (the resolve workflow's figures).
 */
export async function findUnlinkedPayments(
  db: DbOrTx,
  only: { customerId: string; currency: string } | null = null,
): Promise<Finding[]> {
  const onlyLines = only
    ? sql`and customer_id = ${only.customerId}::uuid and currency = ${only.currency}`
    : sql``;
  const onlyPayments = only
    ? sql`and p.customer_id = ${only.customerId}::uuid and p.currency = ${only.currency}`
    : sql``;
  const rows = rowsOf<{
    id: string;
    location_id: string;
    customer_id: string;
    customer_name: string;
    currency: string;
    amount_minor: number;
    method: string;
    paid_at: string;
    on_account: string;
  }>(
    await db.execute(sql`
      with on_account as (
        select customer_id, currency, -sum(amount_minor) as credit
          from journal_lines
         where account = 'RECEIVABLES' and booking_id is null ${onlyLines}
         group by customer_id, currency
        having sum(amount_minor) < 0
      ),
      refunded as (
        select refund_of_id, sum(amount_minor) as amount
          from payments
         where kind = 'REFUND'
         group by refund_of_id
      ),
      candidates as (
        select p.id, p.location_id, p.customer_id, p.currency, p.amount_minor, p.method,
               p.created_at, a.credit,
               coalesce(sum(p.amount_minor) over (
                 partition by p.customer_id, p.currency
                 order by p.created_at desc, p.id desc
                 rows between unbounded preceding and 1 preceding), 0) as newer
          from payments p
          join on_account a on a.customer_id = p.customer_id and a.currency = p.currency
          left join refunded r on r.refund_of_id = p.id
         where p.kind = 'PAYMENT' and p.booking_id is null ${onlyPayments}
           and coalesce(r.amount, 0) < p.amount_minor
           and not exists (
             select 1 from discrepancies d
              where d.kind = 'UNLINKED_PAYMENT' and d.resolution = 'MOVED_TO_WALLET'
                and d.fingerprint = 'UNLINKED_PAYMENT:' || p.id::text)
      )
      select c.id::text as id, c.location_id::text as location_id,
             c.customer_id::text as customer_id, cu.name as customer_name,
             c.currency::text as currency, c.amount_minor, c.method::text as method,
             ${iso(sql`c.created_at`)} as paid_at,
             least(c.amount_minor, c.credit - c.newer)::text as on_account
        from candidates c
        join customers cu on cu.id = c.customer_id
       where c.credit - c.newer > 0
       order by c.created_at, c.id`),
  );
  return rows.map((r) => ({
    kind: 'UNLINKED_PAYMENT',
    fingerprint: `UNLINKED_PAYMENT:${r.id}`,
    locationId: r.location_id,
    details: {
      amountMinor: Number(r.on_account),
      currency: r.currency,
      paymentId: r.id,
      paymentAmountMinor: Number(r.amount_minor),
      onAccountMinor: Number(r.on_account),
      method: r.method,
      paidAt: r.paid_at,
      customerId: r.customer_id,
      customerName: r.customer_name,
    },
  }));
}

/**
 * UNPAID_COMPLETED_BOOKING: bookings COMPLETED (not archived) more than UNPAID_AFTER_HOURS
 * before `now` for which some customer's RECEIVABLES lines still sum above zero: one finding
 * per booking and currency, naming each customer who owes and how much.
 */
export async function findUnpaidCompletedBookings(db: DbOrTx, now: Date): Promise<Finding[]> {
  const rows = rowsOf<{
    booking_id: string;
    location_id: string;
    currency: string;
    service_name: string;
    starts_at: string;
    completed_at: string;
    due: string;
    customers: string;
  }>(
    await db.execute(sql`
      with due as (
        select l.booking_id, l.customer_id, l.currency, sum(l.amount_minor) as due
          from journal_lines l
          join bookings b on b.id = l.booking_id
         where l.account = 'RECEIVABLES'
           and b.status = 'COMPLETED' and b.deleted_at is null
           and coalesce(b.completed_at, b.ends_at)
               <= ${at(now)} - interval '${sql.raw(String(UNPAID_AFTER_HOURS))} hours'
         group by l.booking_id, l.customer_id, l.currency
        having sum(l.amount_minor) > 0
      )
      select b.id::text as booking_id, b.location_id::text as location_id,
             d.currency::text as currency, s.name as service_name,
             ${iso(sql`b.starts_at`)} as starts_at,
             ${iso(sql`coalesce(b.completed_at, b.ends_at)`)} as completed_at,
             sum(d.due)::text as due,
             json_agg(json_build_object('id', c.id, 'name', c.name, 'amountMinor', d.due)
                      order by c.name, c.id)::text as customers
        from due d
        join bookings b on b.id = d.booking_id
        join services s on s.id = b.service_id
        join customers c on c.id = d.customer_id
       group by b.id, b.location_id, d.currency, s.name, b.starts_at, b.completed_at, b.ends_at
       order by b.starts_at, b.id, d.currency`),
  );
  return rows.map((r) => {
    const customers = (JSON.parse(r.customers) as FindingCustomer[]).map((c) => ({
      id: c.id,
      name: c.name,
      amountMinor: Number(c.amountMinor),
    }));
    return {
      kind: 'UNPAID_COMPLETED_BOOKING',
      fingerprint: `UNPAID_COMPLETED_BOOKING:${r.booking_id}:${r.currency}`,
      locationId: r.location_id,
      details: {
        amountMinor: Number(r.due),
        currency: r.currency,
        bookingId: r.booking_id,
        serviceName: r.service_name,
        bookingStartsAt: r.starts_at,
        completedAt: r.completed_at,
        customers,
      },
    };
  });
}

/**
 * DUPLICATE_PAYMENT: two or more PAYMENT rows not refunded in full with the same customer,
 * the same booking (or both none), amount, currency and method, each taken within
 * DUPLICATE_WINDOW_MINUTES of the one before, under different idempotency keys (a retry
 * with the same key is answered by the first payment and never makes a second row). The
 * fingerprint is the first payment of the run of them.
 */
export async function findDuplicatePayments(db: DbOrTx): Promise<Finding[]> {
  const rows = rowsOf<{
    customer_id: string;
    customer_name: string;
    booking_id: string | null;
    currency: string;
    amount_minor: number;
    method: string;
    location_id: string;
    payments: string;
    n: number;
  }>(
    await db.execute(sql`
      with refunded as (
        select refund_of_id, sum(amount_minor) as amount
          from payments
         where kind = 'REFUND'
         group by refund_of_id
      ),
      live as (
        select p.id, p.location_id, p.customer_id, p.booking_id, p.amount_minor, p.currency,
               p.method, p.created_at, p.idempotency_key,
               lag(p.created_at) over (
                 partition by p.customer_id, p.booking_id, p.amount_minor, p.currency, p.method
                 order by p.created_at, p.id) as previous_at
          from payments p
          left join refunded r on r.refund_of_id = p.id
         where p.kind = 'PAYMENT' and coalesce(r.amount, 0) < p.amount_minor
      ),
      runs as (
        select l.*,
               sum(case when l.previous_at is null
                          or l.created_at - l.previous_at
                             > interval '${sql.raw(String(DUPLICATE_WINDOW_MINUTES))} minutes'
                        then 1 else 0 end) over (
                 partition by l.customer_id, l.booking_id, l.amount_minor, l.currency, l.method
                 order by l.created_at, l.id) as run
          from live l
      )
      select r.customer_id::text as customer_id, c.name as customer_name,
             r.booking_id::text as booking_id, r.currency::text as currency,
             r.amount_minor, r.method::text as method,
             ((array_agg(r.location_id order by r.created_at, r.id))[1])::text as location_id,
             json_agg(json_build_object('id', r.id, 'createdAt', ${iso(sql`r.created_at`)},
                                        'amountMinor', r.amount_minor, 'method', r.method,
                                        'idempotencyKey', r.idempotency_key)
                      order by r.created_at, r.id)::text as payments,
             count(*)::int as n
        from runs r
        join customers c on c.id = r.customer_id
       group by r.customer_id, c.name, r.booking_id, r.currency, r.amount_minor, r.method, r.run
      having count(*) > 1 and count(distinct r.idempotency_key) > 1
       order by min(r.created_at), r.customer_id`),
  );
  return rows.map((r) => {
    const payments = JSON.parse(r.payments) as FindingPayment[];
    return {
      kind: 'DUPLICATE_PAYMENT',
      fingerprint: `DUPLICATE_PAYMENT:${payments[0]!.id}`,
      locationId: r.location_id,
      details: {
        // What was taken more than once.
        amountMinor: Number(r.amount_minor) * (Number(r.n) - 1),
        currency: r.currency,
        customerId: r.customer_id,
        customerName: r.customer_name,
        bookingId: r.booking_id,
        paymentAmountMinor: Number(r.amount_minor),
        method: r.method,
        payments: payments.map((p) => ({ ...p, amountMinor: Number(p.amountMinor) })),
      },
    };
  });
}

/** Every check, in the order of DISCREPANCY_KINDS. */
export async function findAll(db: DbOrTx, now: Date): Promise<Finding[]> {
  return [
    ...(await findUnbalancedJournals(db)),
    ...(await findWalletDrift(db)),
    ...(await findUnlinkedPayments(db)),
    ...(await findUnpaidCompletedBookings(db, now)),
    ...(await findDuplicatePayments(db)),
  ];
}
