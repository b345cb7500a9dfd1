import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';
import { locationsTable } from '../locations/schema.js';

export const DISCREPANCY_KINDS = [
  'UNBALANCED_JOURNAL',
  'WALLET_DRIFT',
  'UNLINKED_PAYMENT',
  'UNPAID_COMPLETED_BOOKING',
  'DUPLICATE_PAYMENT',
] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];
export const discrepancyKindEnum = pgEnum('discrepancy_kind', DISCREPANCY_KINDS);

export const DISCREPANCY_STATUSES = ['OPEN', 'RESOLVED', 'DISMISSED'] as const;
export type DiscrepancyStatus = (typeof DISCREPANCY_STATUSES)[number];
export const discrepancyStatusEnum = pgEnum('discrepancy_status', DISCREPANCY_STATUSES);

/** One pass of the reconciliation, scheduled or asked for by staff. */
export const reconciliationRunsTable = pgTable('reconciliation_runs', {
  id: uuid().primaryKey().defaultRandom(),
  trigger: text().notNull(),
  startedAt: timestamp({ withTimezone: true }).notNull(),
  finishedAt: timestamp({ withTimezone: true }),
  /** Discrepancies seen in this run, new or still open, per kind. */
  found: jsonb()
    .$type<Record<string, number>>()
    .notNull()
    .default(sql`'{}'::jsonb`),
  opened: integer().notNull().default(0),
  requestedBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
});
export type ReconciliationRunRow = typeof reconciliationRunsTable.$inferSelect;

/**
 * A gap reconciliation found. `fingerprint` names what it is about (the journal, the wallet
 * and currency, the payments): while one is OPEN, later runs update `lastSeenAt` instead of
 * opening it again. Staff resolve it (with an action and a note) or dismiss it.
 */
export const discrepanciesTable = pgTable(
  'discrepancies',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: discrepancyKindEnum().notNull(),
    status: discrepancyStatusEnum().notNull().default('OPEN'),
    fingerprint: text().notNull(),
    locationId: uuid().references(() => locationsTable.id),
    details: jsonb().$type<Record<string, unknown>>().notNull(),
    firstRunId: uuid().references(() => reconciliationRunsTable.id),
    firstSeenAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    resolution: text(),
    resolutionNote: text(),
  },
  (t) => [
    uniqueIndex('discrepancies_open_fingerprint_key')
      .on(t.fingerprint)
      .where(sql`${t.status} = 'OPEN'`),
    index('discrepancies_status_idx').on(t.status, t.kind),
  ],
);
export type DiscrepancyRow = typeof discrepanciesTable.$inferSelect;
