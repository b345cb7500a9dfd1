import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiKeyPrincipal } from '../../auth/viewer.js';
import { hashToken } from '../../auth/tokens.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { randomBytes } from 'node:crypto';
import { API_KEY_SCOPES, apiKeysTable, type ApiKeyRow, type ApiKeyScope } from './schema.js';

/** Every key starts with this, so a leaked key is recognisable (and secret scanners can match it). */
export const API_KEY_PREFIX = 'pnv_';
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;
const TOUCH_INTERVAL_MS = 60_000;

export const isApiKeyToken = (token: string) => token.startsWith(API_KEY_PREFIX);

export interface CreateApiKeyInput {
  name: string;
  scopes: ApiKeyScope[];
  expiresAt?: Date | null;
}

/**
 * Creates an API key for a partner. The secret is returned here once and only its hash is
 * stored. Audited. Errors: BAD_USER_INPUT for an empty name, no scopes or an expiry in the past.
 */
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateApiKeyInput;
}) {
  const name = input.name.trim();
  const scopes = [...new Set(input.scopes)].filter((s) => API_KEY_SCOPES.includes(s));
  const now = ctx.now();
  const fields: Record<string, string> = {};
  if (!name || name.length > 100) fields.name = 'must be 1 to 100 characters';
  if (!scopes.length) fields.scopes = 'choose at least one scope';
  if (input.expiresAt && input.expiresAt <= now) fields.expiresAt = 'must be in the future';
  if (Object.keys(fields).length) throw badInput(fields);
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const apiKey = await withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(apiKeysTable)
      .values({
        name,
        prefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
        keyHash: hashToken(secret),
        scopes,
        createdByUserId: ctx.viewer?.userId ?? null,
        createdAt: now,
        expiresAt: input.expiresAt ?? null,
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'api_key.created',
        entityType: 'api_key',
        entityId: row!.id,
        data: { name, scopes, expiresAt: input.expiresAt?.toISOString() ?? null },
      },
      now,
    );
    return row!;
  });
  return { apiKey, secret };
}

/** Every API key, newest first, revoked ones included (admins). */
export async function listApiKeys({ ctx }: { ctx: ServiceContext }) {
  return ctx.db.select().from(apiKeysTable).orderBy(desc(apiKeysTable.createdAt));
}

/**
 * Revokes a key at once: its next request is refused. Audited.
 * Errors: NOT_FOUND for an unknown key; CONFLICT when it is already revoked.
 */
export async function revokeApiKey({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) throw notFound('API key');
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx.select().from(apiKeysTable).where(eq(apiKeysTable.id, id));
    if (!existing) throw notFound('API key');
    if (existing.revokedAt) throw new DomainError('CONFLICT', 'This API key is already revoked');
    const [row] = await tx
      .update(apiKeysTable)
      .set({ revokedAt: ctx.now() })
      .where(and(eq(apiKeysTable.id, id), isNull(apiKeysTable.revokedAt)))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'api_key.revoked', entityType: 'api_key', entityId: id, data: { name: row!.name } },
      ctx.now(),
    );
    return row!;
  });
}

/**
 * The principal an API key stands for, or null when it is unknown, revoked or expired.
 * Records its last use (at most once a minute).
 */
export async function resolveApiKey(
  db: DbOrTx,
  token: string,
  now: Date,
): Promise<ApiKeyPrincipal | null> {
  const [row] = await db
    .select()
    .from(apiKeysTable)
    .where(and(eq(apiKeysTable.keyHash, hashToken(token)), isNull(apiKeysTable.revokedAt)))
    .limit(1);
  if (!row || (row.expiresAt && row.expiresAt <= now)) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(apiKeysTable).set({ lastUsedAt: now }).where(eq(apiKeysTable.id, row.id));
  }
  return { apiKeyId: row.id, scopes: row.scopes };
}

export type { ApiKeyRow };
