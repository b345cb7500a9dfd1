import { and, eq } from 'drizzle-orm';
import { MANAGEMENT_ROLES } from '../../../auth/viewer.js';
import type { ServiceContext } from '../../../context.js';
import { badInput } from '../../../errors.js';
import { getLocation } from '../../locations/service.js';
import type { packagesTable, servicesTable } from '../schema.js';

/** Staff who edit the catalog also see what is switched off; everyone else only what is sold. */
const seesInactive = (ctx: ServiceContext) =>
  Boolean(ctx.viewer && MANAGEMENT_ROLES.includes(ctx.viewer.role));

export interface CatalogListArgs {
  ctx: ServiceContext;
  locationId?: string | null;
  includeInactive?: boolean | null;
}

/** Which catalog entries (services or packages) a list shows: one location's, and on sale. */
export function catalogFilter(
  table: typeof servicesTable | typeof packagesTable,
  { ctx, locationId, includeInactive }: CatalogListArgs,
) {
  return and(
    locationId ? eq(table.locationId, locationId) : undefined,
    includeInactive && seesInactive(ctx) ? undefined : eq(table.active, true),
  );
}

/**
 * The location a catalog entry belongs to, and its currency.
 * Errors: BAD_USER_INPUT on `locationId` when it is not a location.
 */
export async function locationFor(ctx: ServiceContext, locationId: string) {
  const location = await getLocation({ ctx, id: locationId });
  if (!location) throw badInput({ locationId: 'is not a location' });
  return location;
}
