import { GraphQLError, type GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddleware } from 'graphql-middleware';
import { allow, rule, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import type { GraphQLContext } from '../graphql/context.js';
import { MANAGEMENT_ROLES, STAFF_ROLES, type Role } from './viewer.js';

const unauthenticated = () =>
  new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } });
const forbidden = () =>
  new GraphQLError('You are not allowed to do this', { extensions: { code: 'FORBIDDEN' } });

// Rules only read the viewer: cache per request.
const isAuthenticated = rule({ cache: 'contextual' })((_parent, _args, ctx: GraphQLContext) =>
  ctx.viewer ? true : unauthenticated(),
);

const hasRole = (roles: readonly Role[]) =>
  rule(`hasRole:${roles.join(',')}`, { cache: 'contextual' })(
    (_parent, _args, ctx: GraphQLContext) => {
      if (!ctx.viewer) return unauthenticated();
      return roles.includes(ctx.viewer.role) ? true : forbidden();
    },
  );

const isStaff = hasRole(STAFF_ROLES);
const isManagement = hasRole(MANAGEMENT_ROLES);
const isAdmin = hasRole(['ADMIN']);

/**
 * Which roles may call each root field. Every field of Query, Mutation and Subscription is
 * listed (a test checks it); anything missing is denied. Row ownership is checked in the
 * services. Subscribing is not guarded by shield (graphql-middleware skips `subscribe`):
 * each subscription checks its viewer itself; the rule here guards the event resolution.
 */
export const permissionRules = {
  Query: {
    auditLog: isAdmin,
    me: allow,
    mySessions: isAuthenticated,
    locations: isAuthenticated,
  },
  Mutation: {
    login: allow,
    logout: allow,
    setMyLocale: isAuthenticated,
    revokeSession: isAuthenticated,
    revokeOtherSessions: isAuthenticated,
    changePassword: isAuthenticated,
    updateLocation: isManagement,
  },
  Subscription: {
    locationChanged: isStaff,
  },
} satisfies IRules;

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The schema with the permission rules applied. Shield would wrap every field of every type
 * (halving throughput, see docs/architecture.md); only the root types, and any object type
 * named in the rules, get its middleware. Object fields are reached only through a guarded
 * root field, and the services scope the rows they return.
 */
export function applyPermissions(schema: GraphQLSchema): GraphQLSchema {
  const generator = shield(permissionRules, {
    fallbackRule: rule('deny')(() => forbidden()),
    allowExternalErrors: true,
    fallbackError: forbidden,
  });
  const middleware = generator.generate(schema) as Record<string, unknown>;
  const guarded = Object.fromEntries(
    Object.entries(middleware).filter(([type]) => ROOT_TYPES.has(type) || type in permissionRules),
  );
  return applyMiddleware(schema, guarded as IMiddleware);
}
