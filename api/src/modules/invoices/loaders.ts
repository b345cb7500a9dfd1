import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { oneEach } from '../../db/batch.js';
import { isUuid } from '../../ids.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import { receiptsOfPayments } from './read.js';
import type { InvoiceRow } from './schema.js';

/** Per-request loaders of the invoices module: one query per field for a page of documents. */
export function createInvoiceLoaders(ctx: ServiceContext) {
  const db = ctx.db;
  return {
    /** A document's customer; the document itself was read in the caller's scope. */
    invoiceCustomerById: new DataLoader<string, CustomerRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(customersTable).where(inArray(customersTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
    /** The receipt of a payment; the payment itself was read in the caller's scope. */
    receiptByPaymentId: new DataLoader<string, InvoiceRow | null>(async (ids) =>
      oneEach(ids, await receiptsOfPayments(db, ids), (r) => r.paymentId!),
    ),
  };
}
