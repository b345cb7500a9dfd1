import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  CalendarBookingsDocument,
  type CalendarBookingsQueryVariables,
} from '../../../gql/graphql';

/** The most bookings one range asks for: a busy school's week fits in one request. */
export const RANGE_LIMIT = 1000;

export function bookingsVariables(
  locationId: string,
  range: { from: string; to: string },
): CalendarBookingsQueryVariables {
  return { filter: { locationId, from: range.from, to: range.to }, first: RANGE_LIMIT };
}

/**
 * Every live booking of a location overlapping the visible range, in one request; filters are
 * applied by the caller. Asked again on each visit (cache-and-network), since a range seen
 * earlier may have changed meanwhile; while the socket is away, the app refetches it on
 * reconnect (web-kit's Apollo set-up).
 */
export function useCalendarBookings(
  locationId: string | null,
  range: { from: string; to: string },
) {
  const variables = useMemo(
    () => (locationId ? bookingsVariables(locationId, range) : null),
    [locationId, range],
  );
  const { data, loading, error, refetch } = useQuery(CalendarBookingsDocument, {
    variables: variables ?? bookingsVariables('', range),
    skip: !variables,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const bookings = useMemo(() => data?.bookings.edges.map((edge) => edge.node) ?? [], [data]);
  return {
    variables,
    bookings,
    total: data?.bookings.totalCount ?? 0,
    truncated: data?.bookings.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    refreshing: loading && !!data,
    error: data ? undefined : error,
    refetch,
  };
}
