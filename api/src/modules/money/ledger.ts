import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { isCurrencyCode } from '@plannivo/schema/currencies';
import type { DbOrTx, Tx } from '../../db/client.js';
import { DomainError, sqlState } from '../../errors.js';
import { formatMoney } from './format.js';
import {
  DEBIT_NORMAL,
  journalEntriesTable,
  journalLinesTable,
  type JournalEntryRow,
  type JournalKind,
  type JournalLineRow,
  type LedgerAccount,
} from './schema.js';

/** One line to post: debit positive, credit negative, integer minor units of `currency`. */
export interface LedgerLine {
  account: LedgerAccount;
  amountMinor: number;
  currency: string;
  /** The customer of a sub-ledger line: required on CUSTOMER_WALLET and RECEIVABLES. */
  customerId?: string | null;
  /** What a receivable is owed for. */
  bookingId?: string | null;
}

export interface JournalInput {
  locationId: string;
  kind: JournalKind;
  occurredAt: Date;
  memo?: string | null;
  bookingId?: string | null;
  customerId?: string | null;
  createdBy?: string | null;
  reversesId?: string | null;
  lines: readonly LedgerLine[];
}

/**
 * Currencies in which `lines` do not sum to zero. Pure: services call it before posting and the
 * database's deferred trigger `journal_lines_balanced` checks the same again at commit.
 */
export function unbalancedCurrencies(
  lines: readonly Pick<LedgerLine, 'amountMinor' | 'currency'>[],
) {
  const sums = new Map<string, number>();
  for (const line of lines)
    sums.set(line.currency, (sums.get(line.currency) ?? 0) + line.amountMinor);
  return [...sums].filter(([, sum]) => sum !== 0).map(([currency]) => currency);
}

/** A balance as people read it: debit-positive for assets, credit-positive for the rest. */
export const normalBalance = (account: LedgerAccount, sumMinor: number) =>
  DEBIT_NORMAL.has(account) ? sumMinor : -sumMinor || 0;

/** Serialises everything that moves one customer's wallet in one currency. */
const walletLock = (customerId: string, currency: string) =>
  sql`select pg_advisory_xact_lock(hashtextextended(${`wallet:${customerId}:${currency}`}, 7420))`;

/**
 * Posts one journal entry inside the caller's transaction: the entry, then its lines. Zero
 * lines are dropped (a tax line of a tax-free sale). Wallet lines take the wallet's lock (in a
 * stable order), carry the running balance after them, and may never take a wallet below zero.
 *
 * Errors: BAD_USER_INPUT on `amount` (reason INSUFFICIENT_FUNDS) when a wallet would go below
 * zero; CONFLICT when the entry was already reversed. An unbalanced entry, a fractional amount
 * or an unknown currency is a programming error and throws a plain Error (nothing is written:
 * the caller's transaction rolls back).
 */
export async function postJournal(tx: Tx, input: JournalInput): Promise<JournalEntryRow> {
  const lines = input.lines.filter((l) => l.amountMinor !== 0);
  for (const line of lines) {
    if (!Number.isSafeInteger(line.amountMinor))
      throw new Error(`ledger amounts are integer minor units, got ${line.amountMinor}`);
    if (!isCurrencyCode(line.currency))
      throw new Error(`not an ISO 4217 currency: ${line.currency}`);
    if ((line.account === 'CUSTOMER_WALLET' || line.account === 'RECEIVABLES') && !line.customerId)
      throw new Error(`${line.account} lines name their customer`);
  }
  const unbalanced = unbalancedCurrencies(lines);
  if (unbalanced.length)
    throw new Error(`journal entry does not balance in ${unbalanced.join(', ')}`);

  const walletDelta = new Map<string, { customerId: string; currency: string; delta: number }>();
  for (const line of lines) {
    if (line.account !== 'CUSTOMER_WALLET') continue;
    const key = `${line.customerId}:${line.currency}`;
    const entry = walletDelta.get(key) ?? {
      customerId: line.customerId!,
      currency: line.currency,
      delta: 0,
    };
    // Credit-positive: a credit (negative amount) raises what the school owes the customer.
    entry.delta -= line.amountMinor;
    walletDelta.set(key, entry);
  }
  const walletAfter = new Map<string, number>();
  for (const key of [...walletDelta.keys()].sort()) {
    const { customerId, currency, delta } = walletDelta.get(key)!;
    await tx.execute(walletLock(customerId, currency));
    const before = await walletBalanceIn(tx, customerId, currency);
    const after = before + delta;
    if (after < 0) {
      throw new DomainError('BAD_USER_INPUT', 'The wallet does not hold enough', {
        fields: { amount: `the wallet holds only ${formatMoney(before, currency, 'en')}` },
        reason: 'INSUFFICIENT_FUNDS',
      });
    }
    walletAfter.set(key, before);
  }

  let entry: JournalEntryRow;
  try {
    [entry] = (await tx
      .insert(journalEntriesTable)
      .values({
        locationId: input.locationId,
        kind: input.kind,
        memo: input.memo ?? null,
        bookingId: input.bookingId ?? null,
        customerId: input.customerId ?? null,
        reversesId: input.reversesId ?? null,
        occurredAt: input.occurredAt,
        createdBy: input.createdBy ?? null,
        createdAt: input.occurredAt,
      })
      .returning()) as [JournalEntryRow];
  } catch (error) {
    if (sqlState(error) === '23505' && input.reversesId)
      throw new DomainError('CONFLICT', 'This entry was already reversed', {
        reason: 'ALREADY_REVERSED',
      });
    throw error;
  }
  if (lines.length) {
    await tx.insert(journalLinesTable).values(
      lines.map((line) => {
        const key = `${line.customerId}:${line.currency}`;
        let walletBalanceAfter: number | null = null;
        if (line.account === 'CUSTOMER_WALLET') {
          walletBalanceAfter = walletAfter.get(key)! - line.amountMinor;
          walletAfter.set(key, walletBalanceAfter);
        }
        return {
          journalId: entry.id,
          locationId: input.locationId,
          account: line.account,
          currency: line.currency,
          amountMinor: line.amountMinor,
          customerId: line.customerId ?? null,
          // A line without a booking of its own takes the entry's; an explicit null keeps none.
          bookingId: line.bookingId === undefined ? (input.bookingId ?? null) : line.bookingId,
          walletBalanceAfter,
          occurredAt: input.occurredAt,
        };
      }),
    );
  }
  return entry;
}

/**
 * Posts the mirror image of an entry (every line negated), pointing at it. An entry is reversed
 * at most once (the unique index on `reverses_id`). Errors: NOT_FOUND; CONFLICT when it was
 * already reversed or is itself a reversal.
 */
export async function reverseJournal(
  tx: Tx,
  journalId: string,
  at: { occurredAt: Date; createdBy?: string | null; memo?: string | null },
): Promise<JournalEntryRow> {
  const [original] = await tx
    .select()
    .from(journalEntriesTable)
    .where(eq(journalEntriesTable.id, journalId));
  if (!original) throw new DomainError('NOT_FOUND', 'Journal entry not found');
  if (original.kind === 'REVERSAL')
    throw new DomainError('CONFLICT', 'A reversal is not reversed; post a new entry', {
      reason: 'IS_REVERSAL',
    });
  const [reversal] = await tx
    .select({ id: journalEntriesTable.id })
    .from(journalEntriesTable)
    .where(eq(journalEntriesTable.reversesId, journalId));
  if (reversal)
    throw new DomainError('CONFLICT', 'This entry was already reversed', {
      reason: 'ALREADY_REVERSED',
    });
  const lines = await linesOf(tx, journalId);
  return postJournal(tx, {
    locationId: original.locationId,
    kind: 'REVERSAL',
    occurredAt: at.occurredAt,
    memo: at.memo ?? null,
    bookingId: original.bookingId,
    customerId: original.customerId,
    createdBy: at.createdBy ?? null,
    reversesId: original.id,
    lines: lines.map((l) => ({
      account: l.account,
      amountMinor: -l.amountMinor,
      currency: l.currency,
      customerId: l.customerId,
      bookingId: l.bookingId,
    })),
  });
}

/** The lines of an entry, in the order they were posted. */
export async function linesOf(db: DbOrTx, journalId: string): Promise<JournalLineRow[]> {
  return db
    .select()
    .from(journalLinesTable)
    .where(eq(journalLinesTable.journalId, journalId))
    .orderBy(asc(journalLinesTable.id));
}

/** A customer's wallet balance in one currency: the sum of its lines, credit-positive. */
export async function walletBalanceIn(db: DbOrTx, customerId: string, currency: string) {
  const [row] = await db
    .select({ sum: sql<string | null>`sum(${journalLinesTable.amountMinor})` })
    .from(journalLinesTable)
    .where(
      and(
        eq(journalLinesTable.customerId, customerId),
        eq(journalLinesTable.account, 'CUSTOMER_WALLET'),
        eq(journalLinesTable.currency, currency),
      ),
    );
  return -Number(row?.sum ?? 0) || 0;
}

/**
 * Wallet balances of many customers, each currency they ever held (zero balances included,
 * so a drained wallet still shows its currency), credit-positive.
 */
export async function walletBalances(db: DbOrTx, customerIds: readonly string[]) {
  const result = new Map<string, { currency: string; amountMinor: number }[]>();
  if (!customerIds.length) return result;
  const rows = await db
    .select({
      customerId: journalLinesTable.customerId,
      currency: journalLinesTable.currency,
      sum: sql<string>`sum(${journalLinesTable.amountMinor})`,
    })
    .from(journalLinesTable)
    .where(
      and(
        inArray(journalLinesTable.customerId, [...customerIds]),
        eq(journalLinesTable.account, 'CUSTOMER_WALLET'),
      ),
    )
    .groupBy(journalLinesTable.customerId, journalLinesTable.currency)
    .orderBy(journalLinesTable.currency);
  for (const row of rows) {
    const list = result.get(row.customerId!) ?? [];
    list.push({ currency: row.currency, amountMinor: -Number(row.sum) || 0 });
    result.set(row.customerId!, list);
  }
  return result;
}

/** A customer's wallet lines, newest first, with the running balance after each. */
export async function walletLines(
  db: DbOrTx,
  customerId: string,
  options: { currency?: string; limit?: number } = {},
) {
  return db
    .select({
      id: journalLinesTable.id,
      journalId: journalLinesTable.journalId,
      kind: journalEntriesTable.kind,
      memo: journalEntriesTable.memo,
      bookingId: journalLinesTable.bookingId,
      currency: journalLinesTable.currency,
      amountMinor: journalLinesTable.amountMinor,
      balanceAfter: journalLinesTable.walletBalanceAfter,
      occurredAt: journalLinesTable.occurredAt,
    })
    .from(journalLinesTable)
    .innerJoin(journalEntriesTable, eq(journalEntriesTable.id, journalLinesTable.journalId))
    .where(
      and(
        eq(journalLinesTable.customerId, customerId),
        eq(journalLinesTable.account, 'CUSTOMER_WALLET'),
        options.currency ? eq(journalLinesTable.currency, options.currency) : undefined,
      ),
    )
    .orderBy(desc(journalLinesTable.id))
    .limit(options.limit ?? 50);
}

/**
 * What a customer owes (positive) or has paid ahead (negative) per booking and currency: the
 * sum of their RECEIVABLES lines. `bookingIds` narrows it; customer-level lines (a payment on
 * account) have a null booking.
 */
export async function receivablesOf(
  db: DbOrTx,
  filter: { customerIds?: readonly string[]; bookingIds?: readonly string[] },
) {
  if (filter.customerIds && !filter.customerIds.length) return [];
  if (filter.bookingIds && !filter.bookingIds.length) return [];
  const rows = await db
    .select({
      customerId: journalLinesTable.customerId,
      bookingId: journalLinesTable.bookingId,
      currency: journalLinesTable.currency,
      sum: sql<string>`sum(${journalLinesTable.amountMinor})`,
    })
    .from(journalLinesTable)
    .where(
      and(
        eq(journalLinesTable.account, 'RECEIVABLES'),
        filter.customerIds
          ? inArray(journalLinesTable.customerId, [...filter.customerIds])
          : undefined,
        filter.bookingIds
          ? inArray(journalLinesTable.bookingId, [...filter.bookingIds])
          : undefined,
      ),
    )
    .groupBy(journalLinesTable.customerId, journalLinesTable.bookingId, journalLinesTable.currency);
  return rows.map((r) => ({
    customerId: r.customerId!,
    bookingId: r.bookingId,
    currency: r.currency,
    amountMinor: Number(r.sum),
  }));
}

/**
 * Moves everything a customer's sub-ledgers hold (wallet balances per currency, receivables per
 * booking) to another customer, inside the caller's transaction: one ALLOCATION entry per
 * location, so the money of a merged duplicate follows the record that stays. Lines are never
 * rewritten; the duplicate's accounts end at zero.
 */
export async function moveCustomerLedger(
  tx: Tx,
  from: string,
  to: string,
  at: { occurredAt: Date; createdBy?: string | null },
) {
  const held = await tx
    .select({
      account: journalLinesTable.account,
      locationId: journalLinesTable.locationId,
      currency: journalLinesTable.currency,
      bookingId: journalLinesTable.bookingId,
      sum: sql<string>`sum(${journalLinesTable.amountMinor})`,
    })
    .from(journalLinesTable)
    .where(
      and(
        eq(journalLinesTable.customerId, from),
        inArray(journalLinesTable.account, ['CUSTOMER_WALLET', 'RECEIVABLES']),
      ),
    )
    .groupBy(
      journalLinesTable.account,
      journalLinesTable.locationId,
      journalLinesTable.currency,
      journalLinesTable.bookingId,
    )
    .having(sql`sum(${journalLinesTable.amountMinor}) <> 0`);
  const byLocation = new Map<string, LedgerLine[]>();
  for (const row of held) {
    const amount = Number(row.sum);
    const lines = byLocation.get(row.locationId) ?? [];
    lines.push(
      {
        account: row.account,
        amountMinor: -amount,
        currency: row.currency,
        customerId: from,
        bookingId: row.bookingId,
      },
      {
        account: row.account,
        amountMinor: amount,
        currency: row.currency,
        customerId: to,
        bookingId: row.bookingId,
      },
    );
    byLocation.set(row.locationId, lines);
  }
  for (const [locationId, lines] of byLocation) {
    await postJournal(tx, {
      locationId,
      kind: 'ALLOCATION',
      occurredAt: at.occurredAt,
      createdBy: at.createdBy ?? null,
      customerId: to,
      memo: 'customer records merged',
      lines,
    });
  }
  return held.length;
}
