import type { HttpTransport, ServiceContext } from '../context.js';
import { createBookingLoaders } from '../modules/bookings/loaders.js';
import { createCatalogLoaders } from '../modules/catalog/loaders.js';
import { createCustomerLoaders } from '../modules/customers/loaders.js';
import { createDocumentLoaders } from '../modules/documents/loaders.js';
import { createEquipmentLoaders } from '../modules/equipment/loaders.js';
import { createIdentityLoaders } from '../modules/identity/loaders.js';
import { createInstructorLoaders } from '../modules/instructors/loaders.js';
import { createInvoiceLoaders } from '../modules/invoices/loaders.js';
import { createLegalLoaders } from '../modules/legal/loaders.js';
import { pendingLegalDocuments } from '../modules/legal/service.js';
import { createLocationLoaders } from '../modules/locations/loaders.js';
import { createRentalLoaders } from '../modules/rentals/loaders.js';
import { createMaintenanceLoaders } from '../modules/maintenance/loaders.js';
import { createPaymentLoaders } from '../modules/payments/loaders.js';
import { createPackageLoaders } from '../modules/packages/loaders.js';

/** Dataloaders of every module, built fresh per request (no caching across requests). */
export function createLoaders(ctx: ServiceContext) {
  return {
    ...createBookingLoaders(ctx),
    ...createCatalogLoaders(ctx),
    ...createCustomerLoaders(ctx),
    ...createDocumentLoaders(ctx),
    ...createEquipmentLoaders(ctx),
    ...createIdentityLoaders(ctx),
    ...createInstructorLoaders(ctx),
    ...createInvoiceLoaders(ctx),
    ...createLegalLoaders(ctx),
    ...createLocationLoaders(ctx),
    ...createRentalLoaders(ctx),
    ...createMaintenanceLoaders(ctx),
    ...createPaymentLoaders(ctx),
    ...createPackageLoaders(ctx),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** The language amounts and texts are formatted in for the caller: their account's, else English. */
export const localeOf = (ctx: Pick<GraphQLContext, 'viewer'>) => ctx.viewer?.locale ?? 'en';

/** What resolvers receive: the service context plus per-request loaders and transport. */
export interface GraphQLContext extends ServiceContext {
  loaders: Loaders;
  http: HttpTransport | null;
  /** Whether the signed-in user still has to accept current terms; asked once per request. */
  consentPending(): Promise<boolean>;
}

export function toGraphQLContext(ctx: ServiceContext, http: HttpTransport | null): GraphQLContext {
  let pending: Promise<boolean> | null = null;
  return {
    ...ctx,
    loaders: createLoaders(ctx),
    http,
    consentPending: () =>
      (pending ??= ctx.viewer
        ? pendingLegalDocuments({ ctx }).then((docs) => docs.length > 0)
        : Promise.resolve(false)),
  };
}

/**
 * New loaders for the next event of a subscription: its context lives as long as the
 * subscription, and loaders keep what they loaded, so each event must read afresh.
 */
export function refreshLoaders(ctx: GraphQLContext) {
  ctx.loaders = createLoaders(ctx);
}
