import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import type { AllocationKind } from '../allocations/schema.js';
import type { EquipmentRow } from './schema.js';
import { currentUseOf, equipmentByIds } from './service.js';

export function createEquipmentLoaders(ctx: ServiceContext) {
  return {
    equipmentById: new DataLoader<string, EquipmentRow | null>((ids) =>
      equipmentByIds(ctx.db, ids),
    ),
    /** What each item does at the request's time (`ctx.now()`): one query per page. */
    equipmentUseNowById: new DataLoader<string, AllocationKind | null>((ids) =>
      currentUseOf(ctx.db, ids, ctx.now()),
    ),
  };
}
