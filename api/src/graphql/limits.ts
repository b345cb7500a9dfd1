import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { GraphQLContext } from './context.js';

/**
 * How large one operation may be. Our own apps' largest operation is well inside these; a
 * document beyond them is an attack or a mistake (an alias flood multiplying one expensive
 * field, a cyclic selection nested without end). Rejected before execution as BAD_USER_INPUT.
 */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 5000,
  /**
   * graphql-armor's estimate: objects 2, scalars 1, ×1.5 per level, × a literal `first`. A
   * calendar week (`bookings(first: 1000)` with what the calendar shows) stays under it; the
   * same selection asked of every customer's dependents' bookings does not.
   */
  maxCost: 200_000,
} as const;

/** graphql-armor's Apollo plugins and the validation rules graphql-ws applies too. */
export function createOperationLimits(options: { blockFieldSuggestions: boolean }): {
  plugins: ApolloServerPlugin<GraphQLContext>[];
  validationRules: ValidationRule[];
} {
  const protection = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    // Fragments count once, where they are spread (the default counts them twice).
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, flattenFragments: true },
    // Suggestions ("Did you mean …?") map the schema for anonymous scanners in production.
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
  return {
    plugins: protection.plugins as ApolloServerPlugin<GraphQLContext>[],
    validationRules: protection.validationRules,
  };
}

/**
 * Introspection only for signed-in callers in production (partners' tools sign in with an
 * API key); everyone may introspect in development and tests.
 */
export function introspectionGate(options: {
  anonymousAllowed: boolean;
}): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (options.anonymousAllowed || contextValue.viewer) return;
          const introspects = (operation?.selectionSet.selections ?? []).some(
            (s) => s.kind === 'Field' && (s.name.value === '__schema' || s.name.value === '__type'),
          );
          if (introspects) {
            throw new GraphQLError('Sign in to introspect the schema', {
              extensions: { code: 'UNAUTHENTICATED' },
            });
          }
        },
      };
    },
  };
}
