import { asc, eq, inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../../context.js';
import { manyEach } from '../../../db/batch.js';
import type { DbOrTx } from '../../../db/client.js';
import { withTransaction } from '../../../db/transaction.js';
import { badInput, notFound } from '../../../errors.js';
import { isUuid } from '../../../ids.js';
import { actorOf, recordAudit } from '../../audit/service.js';
import { checkPackageFields } from '../rules.js';
import { packageItemsTable, packagesTable, type PackageRow } from '../schema.js';
import { catalogFilter, locationFor, type CatalogListArgs } from './scope.js';
import { servicesByIds } from './services.js';

export interface PackageInput {
  locationId: string;
  name: string;
  description?: string | null;
  validityDays: number;
  priceMinor: number;
  currency: string;
  gift?: boolean | null;
  /** On sale; a new package is unless this says false. */
  active?: boolean | null;
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
 * its price is in the location's currency. It goes on sale at once unless `active` is false
 * (prepared ahead, switched on later). Audited.
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
        active: input.active ?? true,
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
};

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
