import DataLoader from 'dataloader';
import { oneEach } from '../../db/batch.js';
import type { ServiceContext } from '../../context.js';
import type { LocationRow } from './schema.js';
import { isUuid } from '../../ids.js';
import { getLocationsByIds } from './service.js';

export function createLocationLoaders(ctx: ServiceContext) {
  return {
    locationById: new DataLoader<string, LocationRow | null>(async (ids) => {
      const rows = await getLocationsByIds(ctx.db, ids.filter(isUuid));
      return oneEach(ids, rows, (row) => row.id);
    }),
  };
}
