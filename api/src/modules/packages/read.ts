import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { manyEach, oneEach } from '../../db/batch.js';
import type { DbOrTx } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { isUuid } from '../../ids.js';
import { ownCustomerIds } from '../bookings/scope.js';
import { servicesTable, type ServiceKind } from '../catalog/schema.js';
import { getCustomerInScope } from '../customers/service.js';
import { packageStatus, type CustomerPackageStatus } from './rules.js';
import {
  customerPackageItemsTable,
  customerPackagesTable,
  packageUsagesTable,
  vouchersTable,
  type CustomerPackageRow,
  type PackageUsageRow,
  type VoucherRow,
} from './schema.js';

export interface PackageItemView {
  serviceId: string;
  kind: ServiceKind;
  /** Minutes for lessons, sessions otherwise. */
  units: number;
  used: number;
  remaining: number;
}

/** A sold package with what it holds, what is left, and its state. */
export interface PackageView extends CustomerPackageRow {
  items: PackageItemView[];
  status: CustomerPackageStatus;
  remainingMinutes: number;
  remainingSessions: number;
  /** What is still deferred: the price less what its uses recognised. */
  remainingValueMinor: number;
}

/** Items, uses and state of `rows` at `now`: two grouped queries for any number of packages. */
export async function packageViews(
  db: DbOrTx,
  rows: readonly CustomerPackageRow[],
  now: Date,
): Promise<PackageView[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [items, used] = await Promise.all([
    db
      .select({
        customerPackageId: customerPackageItemsTable.customerPackageId,
        serviceId: customerPackageItemsTable.serviceId,
        units: customerPackageItemsTable.units,
        kind: servicesTable.kind,
        name: servicesTable.name,
      })
      .from(customerPackageItemsTable)
      .innerJoin(servicesTable, eq(servicesTable.id, customerPackageItemsTable.serviceId))
      .where(inArray(customerPackageItemsTable.customerPackageId, ids))
      .orderBy(asc(servicesTable.name)),
    db
      .select({
        customerPackageId: packageUsagesTable.customerPackageId,
        serviceId: packageUsagesTable.serviceId,
        units: sql<string>`sum(${packageUsagesTable.units})`,
        value: sql<string>`sum(${packageUsagesTable.valueMinor})`,
      })
      .from(packageUsagesTable)
      .where(inArray(packageUsagesTable.customerPackageId, ids))
      .groupBy(packageUsagesTable.customerPackageId, packageUsagesTable.serviceId),
  ]);
  const usedOf = new Map(
    used.map((u) => [`${u.customerPackageId}:${u.serviceId}`, Number(u.units)]),
  );
  const valueOf = new Map<string, number>();
  for (const u of used)
    valueOf.set(u.customerPackageId, (valueOf.get(u.customerPackageId) ?? 0) + Number(u.value));
  return rows.map((row) => {
    const own = items
      .filter((i) => i.customerPackageId === row.id)
      .map((i) => {
        const usedUnits = usedOf.get(`${row.id}:${i.serviceId}`) ?? 0;
        return {
          serviceId: i.serviceId,
          kind: i.kind,
          units: i.units,
          used: usedUnits,
          remaining: Math.max(0, i.units - usedUnits),
        };
      });
    const remaining = own.reduce((sum, i) => sum + i.remaining, 0);
    return {
      ...row,
      items: own,
      status: packageStatus(row, remaining, now),
      remainingMinutes: own
        .filter((i) => i.kind === 'LESSON')
        .reduce((sum, i) => sum + i.remaining, 0),
      remainingSessions: own
        .filter((i) => i.kind !== 'LESSON')
        .reduce((sum, i) => sum + i.remaining, 0),
      remainingValueMinor: row.priceMinor - (valueOf.get(row.id) ?? 0),
    };
  });
}

/**
 * Packages of customers: those they hold, and gifts they bought that nobody redeemed yet (so
 * the buyer can pass the code on). Newest first.
 */
export async function packagesOfCustomers(db: DbOrTx, customerIds: readonly string[]) {
  const valid = customerIds.filter(isUuid);
  if (!valid.length) return [];
  return db
    .select()
    .from(customerPackagesTable)
    .where(
      or(
        inArray(customerPackagesTable.holderId, valid),
        and(isNull(customerPackagesTable.holderId), inArray(customerPackagesTable.buyerId, valid)),
      ),
    )
    .orderBy(desc(customerPackagesTable.purchasedAt), desc(customerPackagesTable.id));
}

/**
 * A customer's packages (see packagesOfCustomers) with what is left: management and API keys
 * for anyone, an instructor for the people they teach, a student or customer for their own
 * record and their dependents'. Errors: NOT_FOUND for a customer outside the caller's scope.
 */
export async function listCustomerPackages({
  ctx,
  customerId,
}: {
  ctx: ServiceContext;
  customerId: string;
}) {
  const customer = await getCustomerInScope(ctx, customerId);
  if (!customer) throw notFound('Customer');
  return packageViews(ctx.db, await packagesOfCustomers(ctx.db, [customer.id]), ctx.now());
}

/** The signed-in student's or customer's packages and their dependents', for the portal. */
export async function myPackages({ ctx }: { ctx: ServiceContext }) {
  const ids = await ownCustomerIds(ctx);
  return packageViews(ctx.db, await packagesOfCustomers(ctx.db, ids), ctx.now());
}

/** Sold packages by id, with their state (loaders: a payment's or a voucher's package). */
export async function packageViewsByIds(db: DbOrTx, ids: readonly string[], now: Date) {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(customerPackagesTable).where(inArray(customerPackagesTable.id, valid))
    : [];
  return oneEach(ids, await packageViews(db, rows, now), (r) => r.id);
}

/** Uses of each package, oldest first. */
export async function usagesOfPackages(
  db: DbOrTx,
  ids: readonly string[],
): Promise<PackageUsageRow[][]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db
        .select()
        .from(packageUsagesTable)
        .where(inArray(packageUsagesTable.customerPackageId, valid))
        .orderBy(asc(packageUsagesTable.usedAt), asc(packageUsagesTable.id))
    : [];
  return manyEach(ids, rows, (r) => r.customerPackageId);
}

/** The gift code of each package, if it was sold as a gift. */
export async function vouchersOfPackages(
  db: DbOrTx,
  ids: readonly string[],
): Promise<(VoucherRow | null)[]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(vouchersTable).where(inArray(vouchersTable.customerPackageId, valid))
    : [];
  return oneEach(ids, rows, (r) => r.customerPackageId!);
}

export async function vouchersByIds(
  db: DbOrTx,
  ids: readonly string[],
): Promise<(VoucherRow | null)[]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await db.select().from(vouchersTable).where(inArray(vouchersTable.id, valid))
    : [];
  return oneEach(ids, rows, (r) => r.id);
}
