import type { Reference, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const relay = relayStylePagination(['search', 'filter']);

/**
 * One cached list per search and filter: `fetchMore({ variables: { after } })` appends the
 * next page to it, a query without `after` (first load, refetch) replaces it. `first` is left
 * out of the key, so a page size change never splits the list. The cursors are opaque here
 * (positions for a ranked search, names otherwise): the next page starts from `endCursor`. A
 * record moved between two pages by a change in between (renamed, or a new record ranked
 * above it) comes back on the next page too: it is shown once, where it already was.
 */
export const customersTypePolicies: TypePolicies = {
  Query: {
    fields: {
      customers: {
        ...relay,
        merge(existing, incoming, options) {
          const merge = relay.merge as Exclude<typeof relay.merge, boolean | undefined>;
          const merged = merge(existing, incoming, options);
          if (!merged) return merged;
          const seen = new Set<string>();
          const edges = merged.edges.filter((edge) => {
            const node = options.readField<Reference>('node', edge);
            const key = options.isReference(node)
              ? node.__ref
              : options.readField<string>('id', node);
            if (key === undefined) return true;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          return { ...merged, edges };
        },
      },
    },
  },
};
