import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
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
/** The API lists bookings oldest first: the past tab reads the last year, page by page. */
const PAST_DAYS = 365;
const MAX_PAST_PAGES = 10;

const appendPage = (prev: MyBookingsQuery, next: MyBookingsQuery): MyBookingsQuery => ({
  ...next,
  bookings: {
    ...next.bookings,
    edges: [...prev.bookings.edges, ...next.bookings.edges],
  },
});

/**
 * The caller's bookings (own record and family): upcoming from now on, a page at a time, and
 * the past year, all of it, newest first once split.
 */
export function useMyBookings() {
  const [now] = useState(() => new Date());
  const upcoming = useQuery(MyBookingsDocument, {
    variables: { filter: { from: now.toISOString() }, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const past = useQuery(MyBookingsDocument, {
    variables: {
      filter: {
        from: new Date(now.getTime() - PAST_DAYS * 86_400_000).toISOString(),
        to: now.toISOString(),
      },
      first: PAGE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const people = useQuery(MyBookingPeopleDocument);

  // The past is read to its end (a year of lessons is a few pages) so the newest come first.
  const [pastPages, setPastPages] = useState(1);
  const pastInfo = past.data?.bookings.pageInfo;
  const { fetchMore: fetchMorePast } = past;
  useEffect(() => {
    if (!pastInfo?.hasNextPage || !pastInfo.endCursor || pastPages >= MAX_PAST_PAGES) return;
    void fetchMorePast({
      variables: { after: pastInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) =>
        appendPage(prev as MyBookingsQuery, fetchMoreResult),
    }).then(() => setPastPages((n) => n + 1));
  }, [pastInfo?.hasNextPage, pastInfo?.endCursor, pastPages, fetchMorePast]);

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
