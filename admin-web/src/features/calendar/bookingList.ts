import type { CalendarBookingFieldsFragment, CalendarBookingsQuery } from '../../gql/graphql';

/** The calendar's list with `booking` in it (added at the end when new, else as it is). */
export function withBooking(
  data: CalendarBookingsQuery,
  booking: CalendarBookingFieldsFragment,
): CalendarBookingsQuery {
  if (data.bookings.edges.some((edge) => edge.node.id === booking.id)) return data;
  return {
    ...data,
    bookings: {
      ...data.bookings,
      edges: [...data.bookings.edges, { __typename: 'BookingEdge', node: booking } as never],
      totalCount: data.bookings.totalCount + 1,
    },
  };
}

/** The calendar's list without the booking `id` (archived by someone). */
export function withoutBooking(data: CalendarBookingsQuery, id: string): CalendarBookingsQuery {
  const edges = data.bookings.edges.filter((edge) => edge.node.id !== id);
  if (edges.length === data.bookings.edges.length) return data;
  return {
    ...data,
    bookings: { ...data.bookings, edges, totalCount: Math.max(0, data.bookings.totalCount - 1) },
  };
}
