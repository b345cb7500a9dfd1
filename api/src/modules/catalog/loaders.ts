import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import type { PackageItemRow, ServiceRow } from './schema.js';
import { itemsOfPackages, servicesByIds } from './service.js';

export function createCatalogLoaders(ctx: ServiceContext) {
  return {
    serviceById: new DataLoader<string, ServiceRow | null>((ids) => servicesByIds(ctx.db, ids)),
    itemsByPackageId: new DataLoader<string, PackageItemRow[]>((ids) =>
      itemsOfPackages(ctx.db, ids),
    ),
  };
}
