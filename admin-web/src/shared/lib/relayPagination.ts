import type { FieldPolicy, Reference } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * `relayStylePagination(keyArgs)`, with each node kept once: a row moved between two pages
 * by a change in between (renamed, say) comes back on the next page too, and is shown where
 * it already was. `fetchMore({ variables: { after } })` appends the next page to the list of
 * its key arguments; a query without `after` (first load, refetch) replaces it.
 */
export function relayPaginationOnce(keyArgs: string[]): FieldPolicy {
  const relay = relayStylePagination(keyArgs);
  const merge = relay.merge as Exclude<typeof relay.merge, boolean | undefined>;
  return {
    ...relay,
    merge(existing, incoming, options) {
      const merged = merge(existing, incoming, options);
      if (!merged) return merged;
      const seen = new Set<string>();
      const edges = merged.edges.filter((edge) => {
        const node = options.readField<Reference>('node', edge);
        const key = options.isReference(node) ? node.__ref : options.readField<string>('id', node);
        if (key === undefined) return true;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      return { ...merged, edges };
    },
  };
}
