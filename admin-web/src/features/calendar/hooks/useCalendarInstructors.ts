import { useQuery } from '@apollo/client/react';
import { CalendarInstructorsDocument } from '../../../gql/graphql';

/** The active instructors of a location: the day view's columns and the filter's choices. */
export function useCalendarInstructors(locationId: string | null) {
  const { data, error } = useQuery(CalendarInstructorsDocument, {
    variables: { locationId: locationId ?? '' },
    skip: !locationId,
  });
  return { instructors: data?.instructors ?? [], error };
}
