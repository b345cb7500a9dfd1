import type { GraphQLContext } from '../graphql/context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { consentRequired } from './permissions.js';
import type { Role } from './viewer.js';

/**
 * The check a subscription makes on subscribe, where graphql-shield does not reach: a
 * signed-in user with one of `roles` who has accepted the current terms.
 */
export async function assertSubscriber(ctx: GraphQLContext, roles: readonly Role[]) {
  if (!ctx.viewer) throw unauthenticated();
  if (!roles.includes(ctx.viewer.role)) throw forbidden();
  if (await ctx.consentPending()) throw consentRequired();
}
