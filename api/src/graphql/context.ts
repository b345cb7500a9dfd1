import type { HttpTransport, ServiceContext } from '../context.js';
import { createIdentityLoaders } from '../modules/identity/loaders.js';
import { createLocationLoaders } from '../modules/locations/loaders.js';

/** Dataloaders of every module, built fresh per request (no caching across requests). */
export function createLoaders(ctx: ServiceContext) {
  return { ...createIdentityLoaders(ctx), ...createLocationLoaders(ctx) };
}
export type Loaders = ReturnType<typeof createLoaders>;

/** What resolvers receive: the service context plus per-request loaders and transport. */
export interface GraphQLContext extends ServiceContext {
  loaders: Loaders;
  http: HttpTransport | null;
}

export function toGraphQLContext(ctx: ServiceContext, http: HttpTransport | null): GraphQLContext {
  return { ...ctx, loaders: createLoaders(ctx), http };
}
