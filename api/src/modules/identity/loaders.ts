import DataLoader from 'dataloader';
import { oneEach } from '../../db/batch.js';
import { isUuid } from '../../ids.js';
import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { usersTable, type UserRow } from './schema.js';
import { locationIdsOfUsers } from './users.js';

export function createIdentityLoaders(ctx: ServiceContext) {
  return {
    userById: new DataLoader<string, UserRow | null>(async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows = valid.length
        ? await ctx.db.select().from(usersTable).where(inArray(usersTable.id, valid))
        : [];
      return oneEach(ids, rows, (row) => row.id);
    }),
    locationIdsByUserId: new DataLoader<string, string[]>((ids) => locationIdsOfUsers(ctx.db, ids)),
  };
}
