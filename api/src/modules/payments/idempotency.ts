import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.js';
import { DomainError } from '../../errors.js';
import { paymentsTable, type PaymentRow } from './schema.js';

export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 200;

/**
 * A digest of what a request asked for, keys sorted, so a retry of the same request matches
 * and a different request reusing the key does not. `undefined` and `null` read the same.
 */
export function requestHash(kind: string, fields: Record<string, unknown>): string {
  const canonical = Object.keys(fields)
    .sort()
    .map((k) => [k, fields[k] ?? null]);
  return createHash('sha256')
    .update(JSON.stringify([kind, canonical]))
    .digest('hex');
}

/** Problem with an idempotency key's shape, or null. */
export function keyProblem(key: string): string | null {
  const trimmed = key.trim();
  if (trimmed !== key) return 'must not start or end with spaces';
  if (key.length < IDEMPOTENCY_KEY_MIN || key.length > IDEMPOTENCY_KEY_MAX)
    return `must be ${IDEMPOTENCY_KEY_MIN} to ${IDEMPOTENCY_KEY_MAX} characters (a UUID per attempt is ideal)`;
  return null;
}

/**
 * The payment already recorded under `key`: returned again when `hash` matches (a retry),
 * CONFLICT when the key was used for a different request. Null when the key is new.
 */
export async function replayOf(db: DbOrTx, key: string, hash: string): Promise<PaymentRow | null> {
  const [existing] = await db
    .select()
    .from(paymentsTable)
    .where(eq(paymentsTable.idempotencyKey, key));
  if (!existing) return null;
  if (existing.requestHash !== hash) {
    throw new DomainError(
      'CONFLICT',
      'This idempotency key was already used for a different payment',
      { reason: 'IDEMPOTENCY_KEY_REUSED', paymentId: existing.id },
    );
  }
  return existing;
}

/**
 * Holds the key until commit: concurrent requests with one key queue here, and each one
 * after the first finds the first's payment (committed before the lock is released).
 */
export async function lockKey(tx: Tx, key: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`payment:${key}`}, 7421))`);
}
