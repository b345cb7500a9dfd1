import { useQuery } from '@apollo/client/react';
import { MeDocument, type CurrentUserFragment } from '../../gql/graphql';

/** The signed-in user (`me`); `user` is null for anonymous visitors. */
export function useCurrentUser() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  const user: CurrentUserFragment | null = data?.me ?? null;
  return { user, loading: loading && !data, error: data ? undefined : error, refetch };
}
