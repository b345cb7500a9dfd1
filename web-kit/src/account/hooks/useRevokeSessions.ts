import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  MySessionsDocument,
  RevokeOtherSessionsDocument,
  RevokeSessionDocument,
} from '../../gql/graphql';

/**
 * Signs one other device out (`revokeSession`) and drops it from the list at once. NOT_FOUND
 * means it had ended already (signed out there, or expired): the caller says so, and the list
 * is asked again.
 */
export function useRevokeSession() {
  const [mutate, { loading }] = useMutation(RevokeSessionDocument);
  const revokeSession = useCallback(
    async (id: string) => {
      await mutate({
        variables: { id },
        update: (cache) => {
          // Lists hold references: evicting the row removes it from `mySessions` too.
          cache.evict({ id: cache.identify({ __typename: 'Session', id }) });
          cache.gc();
        },
      });
    },
    [mutate],
  );
  return { revokeSession, loading };
}

/** Signs out every device but this one (`revokeOtherSessions`); resolves to how many ended. */
export function useRevokeOtherSessions() {
  const [mutate, { loading }] = useMutation(RevokeOtherSessionsDocument, {
    refetchQueries: [MySessionsDocument],
    awaitRefetchQueries: true,
  });
  const revokeOtherSessions = useCallback(async () => {
    const { data } = await mutate();
    return data?.revokeOtherSessions ?? 0;
  }, [mutate]);
  return { revokeOtherSessions, loading };
}
