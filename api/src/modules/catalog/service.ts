import { and, asc, eq, inArray } from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { getLocation } from '../locations/service.js';
import { checkServiceFields, type ServiceFields } from './rules.js';
import { packageItemsTable, packagesTable, servicesTable } from './schema.js';
import { manyEach, oneEach } from '../../db/batch.js';

/** Staff who edit the catalog also see what is switched off; everyone else only what is sold. */
const seesInactive = (ctx: ServiceContext) =>
  Boolean(ctx.viewer && MANAGEMENT_ROLES.includes(ctx.viewer.role));

export interface CatalogListArgs {
  ctx: ServiceContext;
  locationId?: string | null;
  includeInactive?: boolean | null;
}

/** Which catalog entries (services or packages) a list shows: one location's, and on sale. */
function catalogFilter(
  table: typeof servicesTable | typeof packagesTable,
  { ctx, locationId, includeInactive }: CatalogListArgs,
) {
  return and(
    locationId ? eq(table.locationId, locationId) : undefined,
    includeInactive && seesInactive(ctx) ? undefined : eq(table.active, true),
  );
}

/** The services of one location or all, by kind and name; inactive ones for management only. */
export async function listServices(args: CatalogListArgs) {
  if (args.locationId && !isUuid(args.locationId)) return [];
  return args.ctx.db
    .select()
    .from(servicesTable)
    .where(catalogFilter(servicesTable, args))
    .orderBy(asc(servicesTable.kind), asc(servicesTable.name));
}

/** Services by id, for loaders and package items. */
export async function servicesByIds(db: DbOrTx, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(servicesTable).where(inArray(servicesTable.id, valid))
    : [];
  return oneEach(ids, rows, (r) => r.id);
}

/** The location a catalog entry belongs to, and its currency; NOT_FOUND when unknown. */
async function locationFor(ctx: ServiceContext, locationId: string) {
  const location = await getLocation({ ctx, id: locationId });
  if (!location) throw badInput({ locationId: 'is not a location' });
  return location;
}

export interface ServiceInput extends ServiceFields {
  locationId: string;
  currency: string;
  active?: boolean | null;
}

/**
 * Adds a lesson, rental or accommodation to a location's catalog (management). The price
 * is in the location's currency. Audited.
 * Errors: BAD_USER_INPUT naming every refused field (see rules.ts), a currency other than the
 * location's, or an unknown location.
 */
export async function createService({ ctx, input }: { ctx: ServiceContext; input: ServiceInput }) {
  const location = await locationFor(ctx, input.locationId);
  const { values, problems } = checkServiceFields(input);
  if (input.currency !== location.currency) {
    problems.price = `must be in ${location.currency}, the location's currency`;
  }
  if (Object.keys(problems).length) throw badInput(problems);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(servicesTable)
      .values({
        ...values,
        locationId: location.id,
        currency: location.currency,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'service.created',
        entityType: 'service',
        entityId: row!.id,
        data: { name: row!.name },
      },
      now,
    );
    return row!;
  });
}

/**
 * Changes a catalog service (management): any field but its location; `active: false`
 * takes it off sale without losing its history. Audited.
 * Errors: NOT_FOUND; BAD_USER_INPUT as for create.
 */
export async function updateService({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: { [K in keyof Omit<ServiceInput, 'locationId'>]?: ServiceInput[K] | null };
}) {
  if (!isUuid(id)) throw notFound('Service');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(servicesTable)
      .where(eq(servicesTable.id, id))
      .for('update');
    if (!existing) throw notFound('Service');
    const merged = {
      name: input.name ?? existing.name,
      description: input.description !== undefined ? input.description : existing.description,
      kind: input.kind ?? existing.kind,
      discipline: input.discipline !== undefined ? input.discipline : existing.discipline,
      lessonFormat: input.lessonFormat !== undefined ? input.lessonFormat : existing.lessonFormat,
      rentalPeriod: input.rentalPeriod !== undefined ? input.rentalPeriod : existing.rentalPeriod,
      durationMinutes: input.durationMinutes ?? existing.durationMinutes,
      capacity: input.capacity ?? existing.capacity,
      requiredLevel:
        input.requiredLevel !== undefined ? input.requiredLevel : existing.requiredLevel,
      priceMinor: input.priceMinor ?? existing.priceMinor,
    };
    const { values, problems } = checkServiceFields(merged);
    if (input.currency && input.currency !== existing.currency) {
      problems.price = `must be in ${existing.currency}, the location's currency`;
    }
    if (Object.keys(problems).length) throw badInput(problems);
    const [row] = await tx
      .update(servicesTable)
      .set({ ...values, active: input.active ?? existing.active, updatedAt: now })
      .where(eq(servicesTable.id, id))
      .returning();
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'service.updated',
        entityType: 'service',
        entityId: id,
        data: { fields: Object.keys(input).filter((k) => k !== 'currency') },
      },
      now,
    );
    return row!;
  });
}

export interface PackageInput {
  locationId: string;
  name: string;
  description?: string | null;
  validityDays: number;
  priceMinor: number;
  currency: string;
  gift?: boolean | null;
  items: Array<{ serviceId: string; quantity: number }>;
}

/** The packages of a location or all, by name; inactive ones for management only. */
export async function listPackages(args: CatalogListArgs) {
  if (args.locationId && !isUuid(args.locationId)) return [];
  return args.ctx.db
    .select()
    .from(packagesTable)
    .where(catalogFilter(packagesTable, args))
    .orderBy(asc(packagesTable.name));
}

/** The items of each package, for loaders. */
export async function itemsOfPackages(db: DbOrTx, packageIds: readonly string[]) {
  const valid = packageIds.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(packageItemsTable).where(inArray(packageItemsTable.packageId, valid))
    : [];
  return manyEach(packageIds, rows, (r) => r.packageId);
}

/**
 * Creates a package (management): a course (e.g. 10 hours of kite lessons, valid 90 days), a
 * bundle of several services, or a gift. Its items must be services of the same location;
 * its price is in the location's currency. Audited.
 * Errors: BAD_USER_INPUT naming each refused field.
 */
export async function createPackage({ ctx, input }: { ctx: ServiceContext; input: PackageInput }) {
  const location = await locationFor(ctx, input.locationId);
  const problems: Record<string, string> = {};
  const name = input.name.trim();
  if (!name || name.length > 120) problems.name = 'must be 1 to 120 characters';
  if (
    !Number.isInteger(input.validityDays) ||
    input.validityDays < 1 ||
    input.validityDays > 1095
  ) {
    problems.validityDays = 'must be 1 to 1095 days';
  }
  if (!Number.isInteger(input.priceMinor) || input.priceMinor < 0)
    problems.price = 'must be 0 or more';
  if (input.currency !== location.currency) {
    problems.price = `must be in ${location.currency}, the location's currency`;
  }
  const items = input.items;
  const serviceIds = [...new Set(items.map((i) => i.serviceId))];
  if (!items.length) problems.items = 'a package holds at least one service';
  else if (serviceIds.length !== items.length) problems.items = 'a service is listed twice';
  else if (items.some((i) => !Number.isInteger(i.quantity) || i.quantity < 1 || i.quantity > 100)) {
    problems.items = 'quantities must be 1 to 100';
  } else {
    const services = await servicesByIds(ctx.db, serviceIds);
    if (services.some((s) => !s || s.locationId !== location.id)) {
      problems.items = 'every service must belong to the same location';
    }
  }
  if (Object.keys(problems).length) throw badInput(problems);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(packagesTable)
      .values({
        locationId: location.id,
        name,
        description: input.description?.trim() || null,
        validityDays: input.validityDays,
        priceMinor: input.priceMinor,
        currency: location.currency,
        gift: input.gift ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx
      .insert(packageItemsTable)
      .values(
        items.map((i) => ({ packageId: row!.id, serviceId: i.serviceId, quantity: i.quantity })),
      );
    await recordAudit(
      tx,
      actorOf(ctx),
      { action: 'package.created', entityType: 'package', entityId: row!.id, data: { name } },
      now,
    );
    return row!;
  });
}

/**
 * Takes a package off sale or back (management); sold packages keep working. Audited.
 * Errors: NOT_FOUND.
 */
export async function setPackageActive({
  ctx,
  id,
  active,
}: {
  ctx: ServiceContext;
  id: string;
  active: boolean;
}) {
  if (!isUuid(id)) throw notFound('Package');
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .update(packagesTable)
      .set({ active, updatedAt: ctx.now() })
      .where(eq(packagesTable.id, id))
      .returning();
    if (!row) throw notFound('Package');
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: active ? 'package.activated' : 'package.deactivated',
        entityType: 'package',
        entityId: id,
      },
      ctx.now(),
    );
    return row;
  });
}
