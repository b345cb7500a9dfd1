import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  id: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorApiKeyId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  requestId: string | null;
  prevHash: string;
}

/**
 * SHA-256 over the previous hash and every field of the row, as canonical JSON (sorted keys),
 * so the same row always hashes the same on any engine and any replica.
 */
export function auditHash(row: ChainedFields): string {
  const canonical = stringify({
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    actorApiKeyId: row.actorApiKeyId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    data: row.data,
    ip: row.ip,
    requestId: row.requestId,
  });
  return createHash('sha256').update(row.prevHash).update('\n').update(canonical!).digest('hex');
}

export type ChainBreak = { id: number; reason: 'prev_hash_mismatch' | 'hash_mismatch' };

/** Checks rows in id order; returns the first row where the chain breaks, or null. */
export function firstBreak(
  rows: Iterable<ChainedFields & { hash: string }>,
  previous = GENESIS_HASH,
): ChainBreak | null {
  let prev = previous;
  for (const row of rows) {
    if (row.prevHash !== prev) return { id: row.id, reason: 'prev_hash_mismatch' };
    if (auditHash(row) !== row.hash) return { id: row.id, reason: 'hash_mismatch' };
    prev = row.hash;
  }
  return null;
}
