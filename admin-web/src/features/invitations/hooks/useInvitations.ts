import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { InvitationsDocument, type InvitationStatus } from '../../../gql/graphql';

/** The invitations of one status (or all), newest first. */
export function useInvitations(status: InvitationStatus | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(InvitationsDocument, {
    variables: { status: status ?? null },
    // Someone may have accepted since the last visit.
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    invitations: shown?.invitations ?? [],
    loading: loading && !shown,
    stale: loading && !data && Boolean(previousData),
    refreshing: loading && Boolean(data),
    error: data ? undefined : error,
    refreshError: data ? error : undefined,
    retry,
  };
}
