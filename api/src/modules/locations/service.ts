import { asc, eq, inArray } from 'drizzle-orm';
import { isUuid } from '../../ids.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { badInput, notFound, type FieldErrors } from '../../errors.js';
import { locationsTable, type LocationRow } from './schema.js';

export interface UpdateLocationInput {
  name?: string | null;
  timezone?: string | null;
}

/** Every location of the school, by name. Any signed-in user may see them. */
export async function listLocations({ ctx }: { ctx: ServiceContext }): Promise<LocationRow[]> {
  return ctx.db.select().from(locationsTable).orderBy(asc(locationsTable.name));
}

/** Locations by id, in no particular order; for loaders. */
export async function getLocationsByIds(db: DbOrTx, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(locationsTable)
    .where(inArray(locationsTable.id, [...ids]));
}

/** One location, or null when the id is unknown. */
export async function getLocation({ ctx, id }: { ctx: ServiceContext; id: string }) {
  if (!isUuid(id)) return null;
  const [row] = await ctx.db.select().from(locationsTable).where(eq(locationsTable.id, id));
  return row ?? null;
}

/**
 * Renames a location or moves it to another time zone. Publishes LOCATION_CHANGED after
 * the commit. Errors: BAD_USER_INPUT naming each invalid field (nothing is written);
 * NOT_FOUND for an unknown id.
 */
export async function updateLocation({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: UpdateLocationInput;
}): Promise<LocationRow> {
  const changes = validateLocationChanges(input);
  const row = await withTransaction(ctx.db, async (tx) => {
    if (!isUuid(id)) throw notFound('Location');
    const [updated] = await tx
      .update(locationsTable)
      .set({ ...changes, updatedAt: ctx.now() })
      .where(eq(locationsTable.id, id))
      .returning();
    if (!updated) throw notFound('Location');
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'location.updated', entityType: 'location', entityId: id, data: { changes } },
      ctx.now(),
    );
    return updated;
  });
  ctx.deps.platform.events.publish('LOCATION_CHANGED', { locationId: row.id });
  return row;
}

function validateLocationChanges(input: UpdateLocationInput) {
  const errors: FieldErrors = {};
  const changes: { name?: string; timezone?: string } = {};
  if (input.name != null) {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 120) errors.name = 'must be 2 to 120 characters';
    else changes.name = name;
  }
  if (input.timezone != null) {
    if (!isTimeZone(input.timezone))
      errors.timezone = 'must be an IANA time zone such as Europe/Istanbul';
    else changes.timezone = input.timezone;
  }
  if (Object.keys(errors).length > 0) throw badInput(errors);
  if (Object.keys(changes).length === 0) throw badInput({ input: 'nothing to change' });
  return changes;
}

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));

/** True for IANA names the runtime knows, including aliases such as UTC. */
export function isTimeZone(value: string): boolean {
  if (TIME_ZONES.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}
