import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { customersTable } from '../customers/schema.js';
import { usersTable } from '../identity/schema.js';

/** What a customer document is: an ID or passport, a certificate (IKO card), a medical form. */
export const DOCUMENT_KINDS = ['ID_DOCUMENT', 'CERTIFICATE', 'MEDICAL', 'OTHER'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const documentKindEnum = pgEnum('customer_document_kind', DOCUMENT_KINDS);

/**
 * A file kept on a customer's record. The bytes live in the files adapter under
 * `storageKey` (a generated id, never the user's file name); removal deletes the row and the
 * file, and the audit log keeps that it happened.
 */
export const customerDocumentsTable = pgTable(
  'customer_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    customerId: uuid()
      .notNull()
      .references(() => customersTable.id),
    kind: documentKindEnum().notNull(),
    title: text().notNull(),
    /** The name the file had on the uploader's device; shown and offered on download only. */
    fileName: text().notNull(),
    /** The type its first bytes prove (not only the type the uploader declared). */
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    /** SHA-256 of the bytes, hex: integrity checks and spotting the same file twice. */
    sha256: text().notNull(),
    storageKey: text().notNull().unique(),
    uploadedById: uuid().references(() => usersTable.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('customer_documents_customer_id_idx').on(t.customerId, t.createdAt)],
);
export type CustomerDocumentRow = typeof customerDocumentsTable.$inferSelect;
