import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { MySessionsDocument } from '../../gql/graphql';
import { orderSessions } from '../sessions';

/**
 * The caller's live sessions, this device first. Asked again on every visit and whenever the
 * tab comes back into view: another device may have signed in or out meanwhile.
 */
export function useMySessions() {
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, {
    fetchPolicy: 'cache-and-network',
  });

  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState === 'visible') void refetch().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [refetch]);

  const sessions = useMemo(() => orderSessions(data?.mySessions ?? []), [data]);
  return {
    sessions,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}
