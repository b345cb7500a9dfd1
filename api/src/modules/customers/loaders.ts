import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import type { CustomerRow } from './schema.js';
import { customersByUserIds, dependentsOf } from './service.js';

export function createCustomerLoaders(ctx: ServiceContext) {
  return {
    customerByUserId: new DataLoader<string, CustomerRow | null>((ids) =>
      customersByUserIds(ctx.db, ids),
    ),
    dependentsByGuardianId: new DataLoader<string, CustomerRow[]>((ids) =>
      dependentsOf(ctx.db, ids),
    ),
  };
}
