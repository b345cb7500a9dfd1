import type { Reference, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const relay = relayStylePagination(['filter']);

/**
 * One cached list per filter: `fetchMore({ variables: { after } })` appends the next page to
 * it, a query without `after` (first load, refetch) replaces it. `first` is left out of the
 * key, so a page size change never splits the list. A person moved between two pages by a
 * change in between (renamed, say) comes back on the next page too: they are shown once,
 * where they already were.
 */
export const usersTypePolicies: TypePolicies = {
  Query: {
    fields: {
      users: {
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
