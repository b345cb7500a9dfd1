import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  CalendarArchiveBookingDocument,
  CalendarBookingsDocument,
  CalendarCancelBookingDocument,
  CalendarSetBookingStatusDocument,
  CalendarUpdateBookingDocument,
  type BookingStatus,
  type CalendarBookingsQueryVariables,
} from '../../../gql/graphql';
import { withoutBooking } from '../bookingList';

/**
 * What the quick-edit drawer does to a booking. Each returns the API's promise: a refusal
 * rejects, for the drawer to explain. The normalised cache updates the calendar; archiving
 * also takes the booking out of the visible list.
 */
export function useBookingActions(listVariables: CalendarBookingsQueryVariables | null) {
  const [setStatus, statusState] = useMutation(CalendarSetBookingStatusDocument);
  const [update, updateState] = useMutation(CalendarUpdateBookingDocument);
  const [cancel, cancelState] = useMutation(CalendarCancelBookingDocument);
  const [archive, archiveState] = useMutation(CalendarArchiveBookingDocument);

  return useMemo(
    () => ({
      setStatus: (id: string, status: BookingStatus) => setStatus({ variables: { id, status } }),
      saveNotes: (id: string, notes: string) =>
        update({ variables: { id, input: { notes: notes.trim() || null } } }),
      reassign: (id: string, instructorId: string | null) =>
        update({ variables: { id, input: { instructorId } } }),
      cancel: (id: string, reason: string, waiveFee: boolean) =>
        cancel({ variables: { id, reason: reason.trim() || null, waiveFee } }),
      archive: (id: string) =>
        archive({
          variables: { id },
          update: (cache) => {
            if (!listVariables) return;
            cache.updateQuery(
              { query: CalendarBookingsDocument, variables: listVariables },
              (list) => (list ? withoutBooking(list, id) : list),
            );
          },
        }),
      busy: {
        status: statusState.loading,
        update: updateState.loading,
        cancel: cancelState.loading,
        archive: archiveState.loading,
      },
    }),
    [
      setStatus,
      update,
      cancel,
      archive,
      listVariables,
      statusState.loading,
      updateState.loading,
      cancelState.loading,
      archiveState.loading,
    ],
  );
}
