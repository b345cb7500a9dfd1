import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import {
  CalendarBookingChangedDocument,
  CalendarBookingsDocument,
  type CalendarBookingsQueryVariables,
} from '../../../gql/graphql';
import { withBooking, withoutBooking } from '../bookingList';
import { overlapsRange } from '../range';

/**
 * Keeps the visible range live: every booking another person (or another tab) creates,
 * moves, cancels, archives or restores at the location shows up without a reload. The event
 * brings the whole booking as the calendar shows it (read afresh for each event), which the
 * cache merges at once; it is added to the visible list when it is new there, or taken out
 * when archived.
 */
export function useBookingChanges(variables: CalendarBookingsQueryVariables | null) {
  const client = useApolloClient();
  // The handler reads the range on screen when an event arrives, not the one it started with.
  const current = useRef(variables);
  useEffect(() => {
    current.current = variables;
  }, [variables]);
  const locationId = variables?.filter.locationId ?? '';

  useSubscription(CalendarBookingChangedDocument, {
    variables: { locationId },
    skip: !locationId,
    onData: ({ data }) => {
      const change = data.data?.bookingChanged;
      const vars = current.current;
      if (!change || !vars) return;
      const { id } = change.booking;
      const remove = () =>
        client.cache.updateQuery({ query: CalendarBookingsDocument, variables: vars }, (list) =>
          list ? withoutBooking(list, id) : list,
        );
      if (change.kind === 'DELETED') {
        remove();
        return;
      }
      // The event carries the whole booking, read for this event (participants, equipment).
      const booking = change.booking;
      if (booking.deletedAt) {
        remove();
        return;
      }
      const range = { from: vars.filter.from ?? '', to: vars.filter.to ?? '' };
      if (!overlapsRange(booking, range)) return;
      client.cache.updateQuery({ query: CalendarBookingsDocument, variables: vars }, (list) =>
        list ? withBooking(list, booking) : list,
      );
    },
  });
}
