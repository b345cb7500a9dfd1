import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import { usersTable, type UserRow } from './schema.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createIdentityLoaders(ctx: ServiceContext) {
  return {
    userById: new DataLoader<string, UserRow | null>(async (ids) => {
      const valid = ids.filter((id) => UUID.test(id));
      const rows = valid.length
        ? await ctx.db.select().from(usersTable).where(inArray(usersTable.id, valid))
        : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
