import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { AppDeps } from '../../context.js';
import type { Tx } from '../../db/client.js';
import { withTransaction } from '../../db/transaction.js';
import { locationsTable } from '../locations/schema.js';
import { splitTax } from '../money/accounts.js';
import { postJournal } from '../money/ledger.js';
import {
  customerPackagesTable,
  packageUsagesTable,
  vouchersTable,
  type CustomerPackageRow,
} from './schema.js';

/** Rows closed per transaction batch: a backlog after downtime is worked off in slices. */
const BATCH = 200;

/** What a package still holds in deferred revenue: its price less what its uses recognised. */
export async function valueLeft(tx: Tx, pkg: CustomerPackageRow) {
  const [row] = await tx
    .select({ used: sql<string>`coalesce(sum(${packageUsagesTable.valueMinor}), 0)` })
    .from(packageUsagesTable)
    .where(eq(packageUsagesTable.customerPackageId, pkg.id));
  return pkg.priceMinor - Number(row?.used ?? 0);
}

/**
 * Recognises what an expired package still holds as breakage: Dr DEFERRED_REVENUE /
 * Cr REVENUE_PACKAGE_EXPIRY net and TAX_PAYABLE tax (the price included the location's tax, as
 * a use would have), and closes the package (`expiredAt`). Nothing is posted when nothing is
 * left. Returns the entry, if any.
 */
async function closePackage(tx: Tx, pkg: CustomerPackageRow, now: Date, memo: string) {
  const left = await valueLeft(tx, pkg);
  let entry = null;
  if (left > 0) {
    const [location] = await tx
      .select()
      .from(locationsTable)
      .where(eq(locationsTable.id, pkg.locationId));
    const { netMinor, taxMinor } = splitTax(left, location!.taxRateBasisPoints, true);
    entry = await postJournal(tx, {
      locationId: pkg.locationId,
      kind: 'PACKAGE_EXPIRY',
      occurredAt: now,
      memo,
      customerId: pkg.holderId ?? pkg.buyerId,
      lines: [
        { account: 'DEFERRED_REVENUE', amountMinor: left, currency: pkg.currency },
        { account: 'REVENUE_PACKAGE_EXPIRY', amountMinor: -netMinor, currency: pkg.currency },
        { account: 'TAX_PAYABLE', amountMinor: -taxMinor, currency: pkg.currency },
      ],
    });
  }
  await tx
    .update(customerPackagesTable)
    .set({ expiredAt: now })
    .where(eq(customerPackagesTable.id, pkg.id));
  return entry;
}

/**
 * The `packages.expire` job: closes every package past its `expiresAt` (breakage of what is
 * left, see closePackage), and every voucher code past its own date that nobody redeemed — a
 * credit voucher's amount leaves VOUCHERS_OUTSTANDING as breakage (no tax: money on a code is
 * not a sale yet), a gift package's code takes its package with it. Each row is closed in its
 * own transaction under its row lock and re-checked there, so concurrent or repeated runs
 * close each once. Returns how many of each it closed.
 */
export async function expirePackages(deps: Pick<AppDeps, 'db'>, now: Date) {
  let packages = 0;
  let vouchers = 0;
  for (;;) {
    const due = await deps.db
      .select({ id: customerPackagesTable.id })
      .from(customerPackagesTable)
      .where(
        and(isNull(customerPackagesTable.expiredAt), lte(customerPackagesTable.expiresAt, now)),
      )
      .orderBy(asc(customerPackagesTable.expiresAt))
      .limit(BATCH);
    for (const { id } of due) {
      const closed = await withTransaction(deps.db, async (tx) => {
        const [pkg] = await tx
          .select()
          .from(customerPackagesTable)
          .where(eq(customerPackagesTable.id, id))
          .for('update');
        if (!pkg || pkg.expiredAt || !pkg.expiresAt || pkg.expiresAt > now) return false;
        await closePackage(tx, pkg, now, `${pkg.name}: expired unused`);
        return true;
      });
      if (closed) packages += 1;
    }
    if (due.length < BATCH) break;
  }
  for (;;) {
    const due = await deps.db
      .select({ id: vouchersTable.id })
      .from(vouchersTable)
      .where(
        and(
          isNull(vouchersTable.redeemedAt),
          isNull(vouchersTable.expiredAt),
          lte(vouchersTable.expiresAt, now),
        ),
      )
      .orderBy(asc(vouchersTable.expiresAt))
      .limit(BATCH);
    for (const { id } of due) {
      const closed = await withTransaction(deps.db, async (tx) => {
        const [voucher] = await tx
          .select()
          .from(vouchersTable)
          .where(eq(vouchersTable.id, id))
          .for('update');
        if (
          !voucher ||
          voucher.redeemedAt ||
          voucher.expiredAt ||
          !voucher.expiresAt ||
          voucher.expiresAt > now
        )
          return false;
        let entryId: string | null = null;
        if (voucher.kind === 'CREDIT') {
          const entry = await postJournal(tx, {
            locationId: voucher.locationId,
            kind: 'PACKAGE_EXPIRY',
            occurredAt: now,
            memo: 'voucher expired unredeemed',
            customerId: voucher.buyerId,
            lines: [
              {
                account: 'VOUCHERS_OUTSTANDING',
                amountMinor: voucher.amountMinor!,
                currency: voucher.currency!,
              },
              {
                account: 'REVENUE_PACKAGE_EXPIRY',
                amountMinor: -voucher.amountMinor!,
                currency: voucher.currency!,
              },
            ],
          });
          entryId = entry.id;
        } else {
          const [pkg] = await tx
            .select()
            .from(customerPackagesTable)
            .where(eq(customerPackagesTable.id, voucher.customerPackageId!))
            .for('update');
          if (pkg && !pkg.expiredAt && !pkg.holderId) {
            entryId =
              (await closePackage(tx, pkg, now, `${pkg.name}: gift code expired unredeemed`))?.id ??
              null;
          }
        }
        await tx
          .update(vouchersTable)
          .set({ expiredAt: now, expiryJournalId: entryId })
          .where(eq(vouchersTable.id, voucher.id));
        return true;
      });
      if (closed) vouchers += 1;
    }
    if (due.length < BATCH) break;
  }
  return { packages, vouchers };
}
