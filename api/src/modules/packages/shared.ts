import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { FieldErrors } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import {
  locationsTable,
  PAYMENT_METHODS,
  type LocationRow,
  type PaymentMethod,
} from '../locations/schema.js';

import { newVoucherCode } from './codes.js';
import { vouchersTable } from './schema.js';

export const RECIPIENT_MAX = 120;
export const MESSAGE_MAX = 500;

/** A customer record that was not merged away, or null. */
export async function activeCustomer(
  db: DbOrTx,
  id: string | null | undefined,
): Promise<CustomerRow | null> {
  if (!id || !isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(customersTable)
    .where(and(eq(customersTable.id, id), isNull(customersTable.mergedIntoId)));
  return row ?? null;
}

export async function locationRow(
  db: DbOrTx,
  id: string | null | undefined,
): Promise<LocationRow | null> {
  if (!id || !isUuid(id)) return null;
  const [row] = await db.select().from(locationsTable).where(eq(locationsTable.id, id));
  return row ?? null;
}

/** Notes a problem with `method` in `fields`: not a method, or not one the location takes. */
export function checkMethod(method: string, location: LocationRow | null, fields: FieldErrors) {
  if (!(PAYMENT_METHODS as readonly string[]).includes(method)) {
    fields.method = 'is not a payment method';
  } else if (location && !location.paymentMethods.includes(method as PaymentMethod)) {
    fields.method = `is not taken at ${location.name} (${location.paymentMethods.join(', ')})`;
  }
}

/** Notes problems with the words that travel with a gift: who it is for and a message. */
export function checkGiftText(
  gift: { recipientName?: string | null; message?: string | null } | null | undefined,
  fields: FieldErrors,
  prefix = '',
) {
  if (gift?.recipientName && gift.recipientName.trim().length > RECIPIENT_MAX)
    fields[`${prefix}recipientName`] = `at most ${RECIPIENT_MAX} characters`;
  if (gift?.message && gift.message.trim().length > MESSAGE_MAX)
    fields[`${prefix}message`] = `at most ${MESSAGE_MAX} characters`;
}

/** Trimmed text, or null when empty. */
export const textOrNull = (value: string | null | undefined) => value?.trim() || null;

/**
 * A code no voucher has: 60 random bits collide practically never, but a collision must not
 * abort the caller's transaction on the unique index, so it is looked up first.
 */
export async function freshVoucherCode(db: DbOrTx): Promise<string> {
  for (;;) {
    const code = newVoucherCode();
    const [taken] = await db
      .select({ id: vouchersTable.id })
      .from(vouchersTable)
      .where(sql`upper(${vouchersTable.code}) = ${code}`);
    if (!taken) return code;
  }
}
