import type { SessionFieldsFragment } from '../gql/graphql';

/** This device first, then the others from the most recently used. */
export function orderSessions<S extends Pick<SessionFieldsFragment, 'current' | 'lastUsedAt'>>(
  sessions: readonly S[],
): S[] {
  return [...sessions].sort((a, b) => {
    if (a.current !== b.current) return a.current ? -1 : 1;
    return Date.parse(b.lastUsedAt) - Date.parse(a.lastUsedAt);
  });
}
