import { sql } from 'drizzle-orm';
import {
  bigserial,
  char,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { bookingsTable } from '../bookings/schema.js';
import { customersTable } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';

/**
 * The chart of accounts. Assets and expenses carry debit balances, the rest credit balances.
 * Customer sub-ledgers (wallet, receivables) are the same account with `customerId` set on
 * the line; revenue is split by service kind.
 */
export const LEDGER_ACCOUNTS = [
  'CASH',
  'CARD_CLEARING',
  'BANK',
  'RECEIVABLES',
  'CUSTOMER_WALLET',
  'DEFERRED_REVENUE',
  'REVENUE_LESSON',
  'REVENUE_RENTAL',
  'REVENUE_ACCOMMODATION',
  'REVENUE_PACKAGE_EXPIRY',
  'TAX_PAYABLE',
  /** Where a currency conversion meets: each currency's side of a conversion balances here. */
  'FX_CLEARING',
  /** Gift vouchers sold, not yet redeemed: owed to whoever holds the code. */
  'VOUCHERS_OUTSTANDING',
] as const;
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number];
export const ledgerAccountEnum = pgEnum('ledger_account', LEDGER_ACCOUNTS);

/** Accounts whose balance is read debit-positive; the others are read credit-positive. */
export const DEBIT_NORMAL: ReadonlySet<LedgerAccount> = new Set([
  'CASH',
  'CARD_CLEARING',
  'BANK',
  'RECEIVABLES',
  'FX_CLEARING',
]);

export const JOURNAL_KINDS = [
  'PAYMENT',
  'REFUND',
  'WALLET_TOP_UP',
  'WALLET_PAYMENT',
  'FX_CONVERSION',
  'BOOKING_CHARGE',
  'CANCELLATION_FEE',
  'PACKAGE_SALE',
  'PACKAGE_CONSUMPTION',
  'PACKAGE_EXPIRY',
  'VOUCHER_SALE',
  'VOUCHER_REDEMPTION',
  'ALLOCATION',
  'REVERSAL',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];
export const journalKindEnum = pgEnum('journal_kind', JOURNAL_KINDS);

/**
 * One journal entry: a set of lines that balance per currency (the deferred constraint
 * trigger `journal_lines_balanced` checks it at commit). Entries are never edited or deleted
 * (triggers refuse it); a mistake is undone by a REVERSAL entry pointing at it.
 */
export const journalEntriesTable = pgTable(
  'journal_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    kind: journalKindEnum().notNull(),
    memo: text(),
    bookingId: uuid().references(() => bookingsTable.id),
    customerId: uuid().references(() => customersTable.id),
    /** The entry this one reverses; at most one reversal per entry. */
    reversesId: uuid().references((): AnyPgColumn => journalEntriesTable.id),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('journal_entries_location_occurred_idx').on(t.locationId, t.occurredAt),
    index('journal_entries_booking_idx').on(t.bookingId),
    index('journal_entries_customer_idx').on(t.customerId),
    uniqueIndex('journal_entries_reverses_key')
      .on(t.reversesId)
      .where(sql`${t.reversesId} is not null`),
  ],
);
export type JournalEntryRow = typeof journalEntriesTable.$inferSelect;

/**
 * A line of a journal entry: a signed amount (debit positive, credit negative) in integer
 * minor units of `currency` on one account. `customerId` names the customer of a sub-ledger
 * line (wallet, receivables); `bookingId` ties a receivable to what it is owed for.
 * On CUSTOMER_WALLET lines `walletBalanceAfter` is the customer's wallet balance in that
 * currency after the line (credit-positive), written under the wallet's lock: the statement
 * reads it, and reconciliation checks it against the sum of the lines (wallet drift).
 */
export const journalLinesTable = pgTable(
  'journal_lines',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    journalId: uuid()
      .notNull()
      .references(() => journalEntriesTable.id),
    locationId: uuid()
      .notNull()
      .references(() => locationsTable.id),
    account: ledgerAccountEnum().notNull(),
    currency: char({ length: 3 }).notNull(),
    amountMinor: integer().notNull(),
    customerId: uuid().references(() => customersTable.id),
    bookingId: uuid().references(() => bookingsTable.id),
    walletBalanceAfter: integer(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('journal_lines_journal_idx').on(t.journalId),
    index('journal_lines_customer_account_idx').on(t.customerId, t.account, t.currency),
    index('journal_lines_booking_idx').on(t.bookingId),
    index('journal_lines_account_occurred_idx').on(t.locationId, t.account, t.occurredAt),
    check('journal_lines_nonzero', sql`${t.amountMinor} <> 0`),
    check(
      'journal_lines_subledger_customer',
      sql`${t.account} not in ('CUSTOMER_WALLET', 'RECEIVABLES') or ${t.customerId} is not null`,
    ),
  ],
);
export type JournalLineRow = typeof journalLinesTable.$inferSelect;

/**
 * Exchange rates entered by staff, dated: a conversion uses the newest rate on or before its
 * day and stores that rate with it. `rate` is how many units of `quote` one unit of `base`
 * buys (1 EUR = 38.25 TRY), an exact decimal (no floats).
 */
export const fxRatesTable = pgTable(
  'fx_rates',
  {
    id: uuid().primaryKey().defaultRandom(),
    base: char({ length: 3 }).notNull(),
    quote: char({ length: 3 }).notNull(),
    rate: numeric({ precision: 20, scale: 8 }).notNull(),
    validOn: date({ mode: 'string' }).notNull(),
    createdBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fx_rates_pair_day_key').on(t.base, t.quote, t.validOn),
    check('fx_rates_positive', sql`${t.rate} > 0`),
    check('fx_rates_distinct', sql`${t.base} <> ${t.quote}`),
  ],
);
export type FxRateRow = typeof fxRatesTable.$inferSelect;

/** A conversion between two currencies of a wallet, with the rate it used. */
export const fxConversionsTable = pgTable('fx_conversions', {
  id: uuid().primaryKey().defaultRandom(),
  journalId: uuid()
    .notNull()
    .references(() => journalEntriesTable.id),
  customerId: uuid().references(() => customersTable.id),
  fromCurrency: char({ length: 3 }).notNull(),
  fromAmountMinor: integer().notNull(),
  toCurrency: char({ length: 3 }).notNull(),
  toAmountMinor: integer().notNull(),
  rate: numeric({ precision: 20, scale: 8 }).notNull(),
  rateId: uuid().references(() => fxRatesTable.id),
  rateValidOn: date({ mode: 'string' }).notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type FxConversionRow = typeof fxConversionsTable.$inferSelect;
