import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { manyEach, oneEach } from '../../db/batch.js';
import { isUuid } from '../../ids.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import { legalDocumentsTable, type LegalDocumentRow } from '../legal/schema.js';
import { rentalItemsOf, type RentalItemView } from './read.js';

/** Per-request loaders of the rentals module: one query per field for a page of rentals. */
export function createRentalLoaders(ctx: ServiceContext) {
  const db = ctx.db;
  return {
    rentalItemsByRentalId: new DataLoader<string, RentalItemView[]>(async (ids) =>
      manyEach(ids, await rentalItemsOf(db, ids), (r) => r.rentalId),
    ),
    /** A rental's customer; the rental itself was read in the caller's scope. */
    rentalCustomerById: new DataLoader<string, CustomerRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(customersTable).where(inArray(customersTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
    rentalTermsById: new DataLoader<string, LegalDocumentRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(legalDocumentsTable).where(inArray(legalDocumentsTable.id, valid))
        : [];
      return oneEach(ids, rows, (r) => r.id);
    }),
  };
}
