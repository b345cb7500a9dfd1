import DataLoader from 'dataloader';
import type { ServiceContext } from '../../context.js';
import type { Page } from '../../db/pagination.js';
import type { AllocationKind } from '../allocations/schema.js';
import { eventPagesOf } from './history.js';
import { schedulesOf, type EquipmentUseRow } from './inventory.js';
import { usageMinutesOf } from './lifecycle.js';
import type { EquipmentEventRow, EquipmentRow } from './schema.js';
import { currentUseOf, equipmentByIds } from './service.js';

/**
 * One loader per distinct arguments: a field with arguments (a page of the log, a schedule
 * range) batches the items that ask it the same thing, which a list always does.
 */
function loaderPerArgs<A, V>(batch: (ids: readonly string[], args: A) => Promise<V[]>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (args: A) => {
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<string, V>((ids) => batch(ids, args));
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createEquipmentLoaders(ctx: ServiceContext) {
  return {
    equipmentById: new DataLoader<string, EquipmentRow | null>((ids) =>
      equipmentByIds(ctx.db, ids),
    ),
    /** What each item does at the request's time (`ctx.now()`): one query per page. */
    equipmentUseNowById: new DataLoader<string, AllocationKind | null>((ids) =>
      currentUseOf(ctx.db, ids, ctx.now()),
    ),
    /** Minutes of use up to the request's time: one query per page. */
    equipmentUsageMinutesById: new DataLoader<string, number>((ids) =>
      usageMinutesOf(ctx.db, ids, ctx.now()),
    ),
    /** A page of each item's lifecycle log, newest first: two queries per page of items. */
    equipmentEventsById: loaderPerArgs<
      { first?: number | null; after?: string | null },
      Page<EquipmentEventRow>
    >((ids, page) => eventPagesOf(ctx.db, ids, page)),
    /** What holds each item over a range, in the caller's sight: one query per page. */
    equipmentScheduleById: loaderPerArgs<{ from: Date; to: Date }, EquipmentUseRow[]>(
      (ids, range) => schedulesOf(ctx, ids, range),
    ),
  };
}
