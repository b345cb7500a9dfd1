import { and, asc, eq, inArray } from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../auth/viewer.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { badInput, notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { actorOf, recordAudit } from '../audit/service.js';
import { getLocation, getLocationsByIds } from '../locations/service.js';
import { checkPackageFields, checkServiceFields, type ServiceFields } from './rules.js';
import {
  packageItemsTable,
  packagesTable,
  servicesTable,
  type PackageRow,
  type ServiceKind,
} from './schema.js';
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

export interface ServiceListArgs extends CatalogListArgs {
  kind?: ServiceKind | null;
  discipline?: string | null;
}

/**
 * The services of one location or all, by kind and name, optionally of one kind or
 * discipline; inactive ones for management only.
 */
export async function listServices(args: ServiceListArgs) {
  if (args.locationId && !isUuid(args.locationId)) return [];
  return args.ctx.db
    .select()
    .from(servicesTable)
    .where(
      and(
        catalogFilter(servicesTable, args),
        args.kind ? eq(servicesTable.kind, args.kind) : undefined,
        args.discipline ? eq(servicesTable.discipline, args.discipline) : undefined,
      ),
    )
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
 * Why a package's items are refused, if they are: each must be a service of `locationId`.
 * Reads inside `db` (the caller's transaction), so a service cannot move meanwhile.
 */
async function packageItemsProblem(db: DbOrTx, locationId: string, serviceIds: string[]) {
  const services = await servicesByIds(db, serviceIds);
  return services.some((s) => !s || s.locationId !== locationId)
    ? 'every service must belong to the same location'
    : undefined;
}

/**
 * Creates a package (management): a course (e.g. 10 hours of kite lessons, valid 90 days), a
 * bundle of several services, or a gift. Its items must be services of the same location;
 * its price is in the location's currency. Audited.
 * Errors: BAD_USER_INPUT naming each refused field (see rules.ts); nothing is written.
 */
export async function createPackage({ ctx, input }: { ctx: ServiceContext; input: PackageInput }) {
  const location = await locationFor(ctx, input.locationId);
  const { problems, values, serviceIds } = checkPackageFields(input);
  if (input.currency !== location.currency) {
    problems.price = `must be in ${location.currency}, the location's currency`;
  }
  if (!problems.items) {
    const itemsProblem = await packageItemsProblem(ctx.db, location.id, serviceIds);
    if (itemsProblem) problems.items = itemsProblem;
  }
  if (Object.keys(problems).length) throw badInput(problems);
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(packagesTable)
      .values({
        ...values,
        locationId: location.id,
        currency: location.currency,
        gift: input.gift ?? false,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(packageItemsTable).values(
      input.items.map((i) => ({
        packageId: row!.id,
        serviceId: i.serviceId,
        quantity: i.quantity,
      })),
    );
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'package.created',
        entityType: 'package',
        entityId: row!.id,
        data: { name: values.name },
      },
      now,
    );
    return row!;
  });
}

export type PackageChanges = {
  [K in keyof Omit<PackageInput, 'locationId'>]?: PackageInput[K] | null;
} & { active?: boolean | null };

/**
 * Changes a package (management): name, description, validity, price, gift, on sale, and its
 * items (the list given replaces the old one). The same rules as `createPackage` apply to the
 * result; the location stays. Audited with the names of the changed fields.
 * Errors: NOT_FOUND; BAD_USER_INPUT naming each refused field (nothing is written).
 */
export async function updatePackage({
  ctx,
  id,
  input,
}: {
  ctx: ServiceContext;
  id: string;
  input: PackageChanges;
}): Promise<PackageRow> {
  if (!isUuid(id)) throw notFound('Package');
  const now = ctx.now();
  return withTransaction(ctx.db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(packagesTable)
      .where(eq(packagesTable.id, id))
      .for('update');
    if (!existing) throw notFound('Package');
    const oldItems = await tx
      .select()
      .from(packageItemsTable)
      .where(eq(packageItemsTable.packageId, id));
    const items = input.items ?? oldItems;
    const { problems, values, serviceIds } = checkPackageFields({
      name: input.name ?? existing.name,
      description: input.description !== undefined ? input.description : existing.description,
      validityDays: input.validityDays ?? existing.validityDays,
      priceMinor: input.priceMinor ?? existing.priceMinor,
      items,
    });
    if (input.currency && input.currency !== existing.currency) {
      problems.price = `must be in ${existing.currency}, the location's currency`;
    }
    if (input.items && !problems.items) {
      const itemsProblem = await packageItemsProblem(tx, existing.locationId, serviceIds);
      if (itemsProblem) problems.items = itemsProblem;
    }
    if (Object.keys(problems).length) throw badInput(problems);
    const [row] = await tx
      .update(packagesTable)
      .set({
        ...values,
        gift: input.gift ?? existing.gift,
        active: input.active ?? existing.active,
        updatedAt: now,
      })
      .where(eq(packagesTable.id, id))
      .returning();
    if (input.items) {
      await tx.delete(packageItemsTable).where(eq(packageItemsTable.packageId, id));
      await tx
        .insert(packageItemsTable)
        .values(
          input.items.map((i) => ({ packageId: id, serviceId: i.serviceId, quantity: i.quantity })),
        );
    }
    await recordAudit(
      tx,
      actorOf(ctx),
      {
        action: 'package.updated',
        entityType: 'package',
        entityId: id,
        data: {
          fields: Object.keys(input).filter(
            (k) => k !== 'currency' && input[k as keyof PackageChanges] !== undefined,
          ),
        },
      },
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

/** The rules of a package's own fields (rules.ts), for imports that check rows before writing. */
export { checkPackageFields };

/**
 * What a package import resolves names against, for the given locations: every service (on
 * sale or not) and the id, location and name of every package. Management only: the caller
 * checks.
 */
export async function catalogOfLocations(db: DbOrTx, locationIds: readonly string[]) {
  const ids = [...new Set(locationIds)].filter(isUuid);
  if (!ids.length) return { services: [], packages: [] };
  const services = await db
    .select()
    .from(servicesTable)
    .where(inArray(servicesTable.locationId, ids));
  const packages = await db
    .select({ id: packagesTable.id, locationId: packagesTable.locationId, name: packagesTable.name })
    .from(packagesTable)
    .where(inArray(packagesTable.locationId, ids));
  return { services, packages };
}

/**
 * Creates many packages in the caller's transaction (the CSV import), each checked as
 * `createPackage` checks one: the rules of rules.ts, the location's currency, items that are
 * services of that location. A refused input throws BAD_USER_INPUT naming the package and its
 * fields, so the caller's transaction keeps nothing. Writes 500 packages per statement and no
 * audit row: the caller records one for the batch.
 */
export async function createPackages({
  tx,
  inputs,
  now,
}: {
  tx: DbOrTx;
  inputs: ReadonlyArray<PackageInput & { active?: boolean | null }>;
  now: Date;
}): Promise<PackageRow[]> {
  const locations = new Map(
    (await getLocationsByIds(tx, [...new Set(inputs.map((i) => i.locationId))].filter(isUuid))).map(
      (l) => [l.id, l],
    ),
  );
  const serviceIds = [...new Set(inputs.flatMap((i) => i.items.map((item) => item.serviceId)))];
  const locationOfService = new Map(
    (await servicesByIds(tx, serviceIds)).flatMap((s) => (s ? [[s.id, s.locationId]] : [])),
  );
  const rows = inputs.map((input) => {
    const location = locations.get(input.locationId);
    const { problems, values } = checkPackageFields(input);
    if (!location) problems.locationId = 'is not a location';
    else if (input.currency !== location.currency) {
      problems.price = `must be in ${location.currency}, the location's currency`;
    }
    if (
      !problems.items &&
      input.items.some((i) => locationOfService.get(i.serviceId) !== input.locationId)
    ) {
      problems.items = 'every service must belong to the same location';
    }
    if (Object.keys(problems).length) {
      throw badInput(problems, `Package "${input.name}" is invalid`);
    }
    return {
      ...values,
      id: crypto.randomUUID(),
      locationId: input.locationId,
      currency: input.currency,
      gift: input.gift ?? false,
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    };
  });
  const created: PackageRow[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    created.push(...(await tx.insert(packagesTable).values(batch).returning()));
    const items = batch.flatMap((row, j) =>
      inputs[i + j]!.items.map((item) => ({
        packageId: row.id,
        serviceId: item.serviceId,
        quantity: item.quantity,
      })),
    );
    for (let k = 0; k < items.length; k += 1000) {
      await tx.insert(packageItemsTable).values(items.slice(k, k + 1000));
    }
  }
  return created;
}
