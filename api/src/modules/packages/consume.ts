import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import type { BookingRow } from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { locationsTable } from '../locations/schema.js';
import { REVENUE_OF_KIND, splitTax } from '../money/accounts.js';
import { postJournal } from '../money/ledger.js';
import { unitsOfBooking, valueOfUse } from './rules.js';
import {
  customerPackageItemsTable,
  customerPackagesTable,
  packageUsagesTable,
  type CustomerPackageRow,
} from './schema.js';

/**
 * Uses the participants' packages for a completed booking, inside the caller's transaction
 * (payments/charges.ts calls it before charging); returns the participants whose package
 * covered it (they owe nothing for it).
 *
 * For each participant, the package they hold that was valid when the booking started (not
 * closed by the expiry job) and still has enough of the booking's service left — a lesson's
 * length in minutes, one session of anything else — earliest expiry first. The candidates'
 * rows are locked (FOR UPDATE, in id order) before what is left is read, so two completions
 * drawing on one package queue and can never use more than it holds. Each use is a
 * `package_usages` row (one per booking and participant: completing again uses nothing more)
 * and a PACKAGE_CONSUMPTION entry moving the use's value out of DEFERRED_REVENUE into the
 * service kind's revenue, net, and TAX_PAYABLE under the location's rate (the price included
 * it). A participant without a fitting package is left to be charged.
 */
export async function consumePackagesForBooking(
  ctx: ServiceContext,
  tx: Tx,
  booking: BookingRow,
  customerIds: readonly string[],
): Promise<Set<string>> {
  const covered = new Set<string>();
  if (!customerIds.length) return covered;
  const earlier = await tx
    .select({ customerId: packageUsagesTable.customerId })
    .from(packageUsagesTable)
    .where(
      and(
        eq(packageUsagesTable.bookingId, booking.id),
        inArray(packageUsagesTable.customerId, [...customerIds]),
      ),
    );
  for (const use of earlier) covered.add(use.customerId);
  const open = customerIds.filter((id) => !covered.has(id));
  if (!open.length) return covered;

  const candidates = await tx
    .select()
    .from(customerPackagesTable)
    .where(
      and(
        inArray(customerPackagesTable.holderId, open),
        isNull(customerPackagesTable.expiredAt),
        gt(customerPackagesTable.expiresAt, booking.startsAt),
        sql`exists (select 1 from ${customerPackageItemsTable} i
          where i.customer_package_id = ${customerPackagesTable.id} and i.service_id = ${booking.serviceId})`,
      ),
    )
    .orderBy(asc(customerPackagesTable.id))
    .for('update');
  if (!candidates.length) return covered;

  const [setting] = await tx
    .select({ kind: servicesTable.kind, location: locationsTable })
    .from(servicesTable)
    .innerJoin(locationsTable, eq(locationsTable.id, booking.locationId))
    .where(eq(servicesTable.id, booking.serviceId));
  const { kind, location } = setting!;
  const need = unitsOfBooking(kind, booking.startsAt, booking.endsAt);
  const ids = candidates.map((c) => c.id);
  // Read after the locks: what earlier completions (committed while we waited) used.
  const [items, used] = await Promise.all([
    tx
      .select()
      .from(customerPackageItemsTable)
      .where(
        and(
          inArray(customerPackageItemsTable.customerPackageId, ids),
          eq(customerPackageItemsTable.serviceId, booking.serviceId),
        ),
      ),
    tx
      .select({
        customerPackageId: packageUsagesTable.customerPackageId,
        units: sql<string>`sum(${packageUsagesTable.units})`,
        value: sql<string>`sum(${packageUsagesTable.valueMinor})`,
      })
      .from(packageUsagesTable)
      .where(
        and(
          inArray(packageUsagesTable.customerPackageId, ids),
          eq(packageUsagesTable.serviceId, booking.serviceId),
        ),
      )
      .groupBy(packageUsagesTable.customerPackageId),
  ]);
  const usedOf = new Map(used.map((u) => [u.customerPackageId, u]));
  const itemOf = new Map(
    items.map((i) => [
      i.customerPackageId,
      {
        units: i.units,
        valueMinor: i.valueMinor,
        usedUnits: Number(usedOf.get(i.customerPackageId)?.units ?? 0),
        recognisedMinor: Number(usedOf.get(i.customerPackageId)?.value ?? 0),
      },
    ]),
  );
  const byExpiry = (a: CustomerPackageRow, b: CustomerPackageRow) =>
    a.expiresAt!.getTime() - b.expiresAt!.getTime() ||
    a.purchasedAt.getTime() - b.purchasedAt.getTime() ||
    a.id.localeCompare(b.id);

  const at = ctx.now();
  for (const customerId of open) {
    const pkg = candidates
      .filter((c) => c.holderId === customerId)
      .sort(byExpiry)
      .find((c) => {
        const item = itemOf.get(c.id);
        return !!item && item.units - item.usedUnits >= need;
      });
    if (!pkg) continue;
    const item = itemOf.get(pkg.id)!;
    const value = valueOfUse({ ...item, useUnits: need });
    const { netMinor, taxMinor } = splitTax(value, location.taxRateBasisPoints, true);
    const entry = await postJournal(tx, {
      locationId: booking.locationId,
      kind: 'PACKAGE_CONSUMPTION',
      occurredAt: at,
      memo: pkg.name,
      bookingId: booking.id,
      customerId,
      createdBy: ctx.viewer?.userId ?? null,
      lines: [
        { account: 'DEFERRED_REVENUE', amountMinor: value, currency: pkg.currency },
        { account: REVENUE_OF_KIND[kind], amountMinor: -netMinor, currency: pkg.currency },
        { account: 'TAX_PAYABLE', amountMinor: -taxMinor, currency: pkg.currency },
      ],
    });
    await tx.insert(packageUsagesTable).values({
      customerPackageId: pkg.id,
      serviceId: booking.serviceId,
      bookingId: booking.id,
      customerId,
      units: need,
      valueMinor: value,
      journalId: entry.id,
      usedAt: at,
    });
    item.usedUnits += need;
    item.recognisedMinor += value;
    covered.add(customerId);
  }
  return covered;
}
