import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { customerDocumentsTable } from './schema.js';

/**
 * Moves the documents of a merged duplicate to the record that stays; called by
 * mergeCustomers inside its transaction. Apart from service.ts, which reads through the
 * customers service, so the two modules do not import each other.
 */
export async function moveDocuments(tx: Tx, fromCustomerId: string, toCustomerId: string) {
  const moved = await tx
    .update(customerDocumentsTable)
    .set({ customerId: toCustomerId })
    .where(eq(customerDocumentsTable.customerId, fromCustomerId))
    .returning({ id: customerDocumentsTable.id });
  return moved.length;
}
