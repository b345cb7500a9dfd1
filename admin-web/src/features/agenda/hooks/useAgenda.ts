import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  AgendaBookingsDocument,
  AgendaInstructorsDocument,
  AgendaMyProfileDocument,
  AgendaSetBookingStatusDocument,
} from '../../../gql/graphql';
import { agendaWindow, lessonsOfDay } from '../lib/agendaDay';

/** The caller's own instructor profile, and for management every instructor to choose from. */
export function useAgendaInstructors(management: boolean) {
  const own = useQuery(AgendaMyProfileDocument);
  const all = useQuery(AgendaInstructorsDocument, { skip: !management });
  return {
    own: own.data?.myInstructorProfile ?? null,
    instructors: all.data?.instructors ?? [],
    loading: (own.loading && !own.data) || (management && all.loading && !all.data),
    error: (own.data ? undefined : own.error) ?? (all.data ? undefined : all.error),
    refetch: () => {
      void own.refetch();
      if (management) void all.refetch();
    },
  };
}

/**
 * One instructor's lessons on a local day, on each lesson's own location clock. A page of 25
 * (the API's query cost limit allows no more with the students' details): far more than a
 * day of lessons.
 */
export function useAgendaDay(instructorId: string | null, date: string, zones: readonly string[]) {
  const window = agendaWindow(date, zones);
  const result = useQuery(AgendaBookingsDocument, {
    variables: { filter: { instructorId: instructorId ?? '', from: window.from, to: window.to } },
    skip: !instructorId,
    fetchPolicy: 'cache-and-network',
  });
  const lessons = useMemo(
    () => lessonsOfDay(result.data?.bookings.edges.map((e) => e.node) ?? [], date),
    [result.data, date],
  );
  return {
    lessons,
    loading: result.loading && !result.data,
    error: result.data ? undefined : result.error,
    refreshing: result.loading && Boolean(result.data),
    refetch: result.refetch,
  };
}

/** Check-in, completion, no-show (and confirming, for management); the answer updates the card. */
export function useSetLessonStatus() {
  const [mutate, { loading }] = useMutation(AgendaSetBookingStatusDocument);
  return { setStatus: mutate, loading };
}
