import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { usersTable } from '../identity/schema.js';

/** RENTAL: the terms a customer signs on a rental contract (not asked at sign-up). */
export const LEGAL_DOCUMENT_KINDS = ['TERMS', 'PRIVACY', 'MARKETING', 'RENTAL'] as const;
export type LegalDocumentKind = (typeof LEGAL_DOCUMENT_KINDS)[number];
/** Accepting these is a condition of using the product; marketing is a free choice. */
export const REQUIRED_KINDS: readonly LegalDocumentKind[] = ['TERMS', 'PRIVACY'];
export const legalDocumentKindEnum = pgEnum('legal_document_kind', LEGAL_DOCUMENT_KINDS);

/** Published versions are never edited: a change is a new version. */
export const legalDocumentsTable = pgTable(
  'legal_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: legalDocumentKindEnum().notNull(),
    version: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedByUserId: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
  },
  (t) => [unique('legal_documents_kind_version_key').on(t.kind, t.version)],
);
export type LegalDocumentRow = typeof legalDocumentsTable.$inferSelect;

/**
 * Each acceptance, with the version, time and address, kept as evidence. A marketing
 * opt-out sets `withdrawnAt` instead of deleting the row.
 */
export const legalAcceptancesTable = pgTable(
  'legal_acceptances',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => legalDocumentsTable.id, { onDelete: 'restrict' }),
    acceptedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ip: text(),
    userAgent: text(),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('legal_acceptances_user_document_idx').on(t.userId, t.documentId),
    index('legal_acceptances_document_idx')
      .on(t.documentId)
      .where(sql`${t.withdrawnAt} is null`),
  ],
);
