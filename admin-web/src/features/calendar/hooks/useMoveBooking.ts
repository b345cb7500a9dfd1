import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  CalendarUpdateBookingDocument,
  type CalendarUpdateBookingMutation,
  type UpdateBookingInput,
} from '../../../gql/graphql';
import type { CalendarBooking } from '../events';

export interface MoveChange {
  /** New start (ISO); the length is kept unless `endsAt` is given too. */
  startsAt?: string;
  endsAt?: string;
  /** A new instructor, or null to leave the lesson unassigned; undefined keeps the current. */
  instructor?: { id: string; name: string } | null;
}

/**
 * Moves, resizes or reassigns a booking with `updateBooking`, drawing the result at once
 * (optimistic) and taking it back when the API refuses: the refusal is thrown for the caller
 * to explain.
 */
export function useMoveBooking() {
  const [mutate] = useMutation(CalendarUpdateBookingDocument);
  return useCallback(
    async (booking: CalendarBooking, change: MoveChange) => {
      const input: UpdateBookingInput = {};
      if (change.startsAt !== undefined) input.startsAt = change.startsAt;
      if (change.endsAt !== undefined) input.endsAt = change.endsAt;
      if (change.instructor !== undefined) input.instructorId = change.instructor?.id ?? null;
      const startsAt = change.startsAt ?? booking.startsAt;
      const length = Date.parse(booking.endsAt) - Date.parse(booking.startsAt);
      const endsAt = change.endsAt ?? new Date(Date.parse(startsAt) + length).toISOString();
      const instructor =
        change.instructor === undefined
          ? booking.instructor
          : change.instructor && { __typename: 'Instructor' as const, ...change.instructor };
      const optimistic = {
        updateBooking: { ...booking, __typename: 'Booking', startsAt, endsAt, instructor },
      } as CalendarUpdateBookingMutation;
      await mutate({ variables: { id: booking.id, input }, optimisticResponse: optimistic });
    },
    [mutate],
  );
}
