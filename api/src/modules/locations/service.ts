import { asc, eq, inArray } from 'drizzle-orm';
import { isUuid } from '../../ids.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { badInput, notFound, type FieldErrors } from '../../errors.js';
import { locationsTable, PAYMENT_METHODS, type LocationRow, type OpeningHours } from './schema.js';
import { EMAIL_PATTERN, TIME_OF_DAY_PATTERN } from '../../validation.js';
import { isCurrencyCode } from '@plannivo/schema/currencies';

export interface CreateLocationInput extends UpdateLocationInput {
  name: string;
  timezone: string;
  currency: string;
}

export interface UpdateLocationInput {
  name?: string | null;
  timezone?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  openingHours?: OpeningHours[] | null;
  taxRateBasisPoints?: number | null;
  taxInclusive?: boolean | null;
  paymentMethods?: string[] | null;
}

/** Every location of the school, by name. Any signed-in user may see them. */
export async function listLocations({ ctx }: { ctx: ServiceContext }): Promise<LocationRow[]> {
  return allLocations(ctx.db);
}

/** Every location by name, as `db` (a transaction too) sees it; for imports and jobs. */
export async function allLocations(db: DbOrTx): Promise<LocationRow[]> {
  return db.select().from(locationsTable).orderBy(asc(locationsTable.name));
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
 * Opens a new location (administrators): its name, IANA time zone and ISO 4217 currency, and
 * any of the settings `updateLocation` takes. The currency is fixed from then on: every price
 * and payment of the location is in it. Audited; publishes LOCATION_CHANGED after the commit.
 * Errors: BAD_USER_INPUT naming each invalid field (nothing is written).
 */
export async function createLocation({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateLocationInput;
}): Promise<LocationRow> {
  const errors: FieldErrors = {};
  if (!input.name?.trim()) errors.name = 'must be 2 to 120 characters';
  if (!input.timezone) errors.timezone = 'must be an IANA time zone such as Europe/Istanbul';
  const currency = input.currency?.trim().toUpperCase() ?? '';
  if (!isCurrency(currency)) errors.currency = 'must be an ISO 4217 code such as TRY or EUR';
  const changes = validateLocationChanges(input, errors);
  const now = ctx.now();
  const row = await withTransaction(ctx.db, async (tx) => {
    const [created] = await tx
      .insert(locationsTable)
      .values({
        ...changes,
        name: changes.name!,
        timezone: changes.timezone!,
        currency,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'location.created',
        entityType: 'location',
        entityId: created!.id,
        data: { name: created!.name, timezone: created!.timezone, currency },
      },
      now,
    );
    return created!;
  });
  ctx.deps.platform.events.publish('LOCATION_CHANGED', { locationId: row.id });
  return row;
}

/**
 * Changes a location's name, time zone, address and contact, opening hours and finance
 * settings (tax rate, whether prices include it, accepted payment methods). Publishes LOCATION_CHANGED after
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

/** The settings `input` changes, checked; BAD_USER_INPUT with these and `errors` otherwise. */
function validateLocationChanges(input: UpdateLocationInput, errors: FieldErrors = {}) {
  const changes: Partial<typeof locationsTable.$inferInsert> = {};
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
  for (const field of ['address', 'phone', 'email'] as const) {
    if (input[field] === undefined) continue;
    const value = input[field]?.trim() || null;
    if (value && value.length > 300) errors[field] = 'must be at most 300 characters';
    else changes[field] = value;
  }
  if (changes.email && !EMAIL_PATTERN.test(changes.email)) {
    errors.email = 'is not an email address';
  }
  if (input.openingHours != null) {
    const hours = [...input.openingHours].sort((a, b) => a.weekday - b.weekday);
    const bad = hours.find(
      (h, i) =>
        !Number.isInteger(h.weekday) ||
        h.weekday < 1 ||
        h.weekday > 7 ||
        !TIME_OF_DAY_PATTERN.test(h.open) ||
        !TIME_OF_DAY_PATTERN.test(h.close) ||
        h.open >= h.close ||
        (i > 0 && hours[i - 1]!.weekday === h.weekday),
    );
    if (bad) errors.openingHours = 'one range a day, weekday 1–7, HH:MM with open before close';
    else changes.openingHours = hours;
  }
  if (input.taxRateBasisPoints != null) {
    const rate = input.taxRateBasisPoints;
    if (!Number.isInteger(rate) || rate < 0 || rate > 5000) {
      errors.taxRateBasisPoints = 'must be 0 to 5000 basis points (0–50 %)';
    } else changes.taxRateBasisPoints = rate;
  }
  if (input.taxInclusive != null) changes.taxInclusive = input.taxInclusive;
  if (input.paymentMethods != null) {
    const methods = [...new Set(input.paymentMethods)];
    if (
      !methods.length ||
      methods.some((m) => !(PAYMENT_METHODS as readonly string[]).includes(m))
    ) {
      errors.paymentMethods = `choose among ${PAYMENT_METHODS.join(', ')}`;
    } else changes.paymentMethods = methods;
  }
  if (Object.keys(errors).length > 0) throw badInput(errors);
  if (Object.keys(changes).length === 0) throw badInput({ input: 'nothing to change' });
  return changes;
}

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
/** True for active ISO 4217 codes with a minor unit (TRY, EUR, ...), upper case. */
export function isCurrency(value: string): boolean {
  return isCurrencyCode(value);
}

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
