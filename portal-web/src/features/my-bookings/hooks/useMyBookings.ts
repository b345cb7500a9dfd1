import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import {
  AcceptWaitlistOfferDocument,
  CancelMyBookingDocument,
  LeaveWaitlistDocument,
  MyBookingPeopleDocument,
  MyBookingsDocument,
  MyWaitlistDocument,
  type MyBookingsQuery,
} from '../../../gql/graphql';

export type MyBooking = MyBookingsQuery['bookings']['edges'][number]['node'];

const PAGE = 30;
/** The past tab shows the latest lessons; older ones are history the school keeps. */
const PAST_SHOWN = 50;

const appendPage = (prev: MyBookingsQuery, next: MyBookingsQuery): MyBookingsQuery => ({
  ...next,
  bookings: {
    ...next.bookings,
    edges: [...prev.bookings.edges, ...next.bookings.edges],
  },
});

/**
 * The caller's bookings (own record and family): upcoming from now on, a page at a time, and
 * the latest past ones, newest first.
 */
export function useMyBookings() {
  const [now] = useState(() => new Date());
  const upcoming = useQuery(MyBookingsDocument, {
    variables: { filter: { from: now.toISOString() }, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const past = useQuery(MyBookingsDocument, {
    variables: { filter: { to: now.toISOString() }, first: PAST_SHOWN, newestFirst: true },
    fetchPolicy: 'cache-and-network',
  });
  const people = useQuery(MyBookingPeopleDocument);

  const mine = useMemo(() => {
    const customer = people.data?.me?.customer;
    return new Set(customer ? [customer.id, ...customer.dependents.map((d) => d.id)] : []);
  }, [people.data]);

  const upcomingInfo = upcoming.data?.bookings.pageInfo;
  return {
    now,
    mine,
    bookings: [...(upcoming.data?.bookings.edges ?? []), ...(past.data?.bookings.edges ?? [])].map(
      (e) => e.node,
    ),
    loading: (upcoming.loading && !upcoming.data) || (past.loading && !past.data),
    error: (upcoming.data ? undefined : upcoming.error) ?? (past.data ? undefined : past.error),
    hasMore: Boolean(upcomingInfo?.hasNextPage),
    loadMore: () =>
      upcomingInfo?.endCursor
        ? upcoming.fetchMore({
            variables: { after: upcomingInfo.endCursor },
            updateQuery: (prev, { fetchMoreResult }) =>
              appendPage(prev as MyBookingsQuery, fetchMoreResult),
          })
        : undefined,
    refetch: () => {
      void upcoming.refetch();
      void past.refetch();
    },
  };
}

export function useCancelMyBooking() {
  const [mutate, { loading }] = useMutation(CancelMyBookingDocument);
  return {
    cancel: (id: string) => mutate({ variables: { id, reason: null } }),
    loading,
  };
}

/** Waiting-list entries and offers of the caller and their family. */
export function useMyWaitlist() {
  const result = useQuery(MyWaitlistDocument, { fetchPolicy: 'cache-and-network' });
  const [accept, accepting] = useMutation(AcceptWaitlistOfferDocument, {
    refetchQueries: ['MyWaitlist', 'MyBookings'],
    awaitRefetchQueries: true,
  });
  const [leave, leaving] = useMutation(LeaveWaitlistDocument, {
    refetchQueries: ['MyWaitlist'],
    awaitRefetchQueries: true,
  });
  return {
    entries: (result.data?.myWaitlist ?? []).filter(
      (e) => e.status === 'WAITING' || e.status === 'OFFERED',
    ),
    error: result.data ? undefined : result.error,
    accept: (id: string) => accept({ variables: { id } }),
    leave: (id: string) => leave({ variables: { id } }),
    busy: accepting.loading || leaving.loading,
  };
}
