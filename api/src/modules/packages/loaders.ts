import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import {
  packagesOfCustomers,
  packageViews,
  packageViewsByIds,
  usagesOfPackages,
  vouchersByIds,
  vouchersOfPackages,
  type PackageView,
} from './read.js';
import type { PackageUsageRow, VoucherRow } from './schema.js';

/** Per-request loaders of the packages module. */
export function createPackageLoaders(ctx: ServiceContext) {
  const db = ctx.db;
  return {
    customerPackageById: new DataLoader<string, PackageView | null>((ids) =>
      packageViewsByIds(db, ids, ctx.now()),
    ),
    /** A customer's packages (held, and unredeemed gifts they bought); the customer was read in scope. */
    packagesByCustomerId: new DataLoader<string, PackageView[]>(async (ids) => {
      const rows = await packagesOfCustomers(db, ids);
      const views = await packageViews(db, rows, ctx.now());
      // Each package goes to its holder, or to its buyer while a gift waits for redemption.
      return ids.map((id) =>
        views.filter((v) => (v.holderId ? v.holderId === id : v.buyerId === id)),
      );
    }),
    usagesByPackageId: new DataLoader<string, PackageUsageRow[]>((ids) =>
      usagesOfPackages(db, ids),
    ),
    voucherByPackageId: new DataLoader<string, VoucherRow | null>((ids) =>
      vouchersOfPackages(db, ids),
    ),
    voucherById: new DataLoader<string, VoucherRow | null>((ids) => vouchersByIds(db, ids)),
  };
}
