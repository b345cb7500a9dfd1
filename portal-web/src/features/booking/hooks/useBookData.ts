import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  BookAvailabilityDocument,
  BookCreateBookingDocument,
  BookEquipmentStockDocument,
  BookJoinWaitlistDocument,
  BookPeopleDocument,
  BookServicesDocument,
  type CreateBookingInput,
} from '../../../gql/graphql';

export function useBookServices() {
  const result = useQuery(BookServicesDocument);
  return {
    services: result.data?.services ?? [],
    loading: result.loading && !result.data,
    error: result.data ? undefined : result.error,
    refetch: result.refetch,
  };
}

/** The caller's own record first, then the family members they manage. */
export function useBookPeople() {
  const result = useQuery(BookPeopleDocument);
  const me = result.data?.me?.customer ?? null;
  return {
    me,
    people: me
      ? [
          { id: me.id, name: me.name, self: true, weightKg: me.weightKg, heightCm: me.heightCm },
          ...me.dependents.map((d) => ({
            id: d.id,
            name: d.name,
            self: false,
            weightKg: d.weightKg,
            heightCm: d.heightCm,
          })),
        ]
      : [],
    loading: result.loading && !result.data,
    error: result.data ? undefined : result.error,
  };
}

/** Free times of a service on a local date, for one person (the caller's level decides). */
export function useBookAvailability(
  serviceId: string | null,
  date: string | null,
  customerId: string | null,
) {
  const result = useQuery(BookAvailabilityDocument, {
    variables: {
      input: {
        serviceId: serviceId ?? '',
        date: date ?? '',
        participants: 1,
        ...(customerId ? { customerIds: [customerId] } : {}),
      },
    },
    skip: !serviceId || !date,
    fetchPolicy: 'cache-and-network',
  });
  return {
    slots: result.data?.availability ?? [],
    loading: result.loading && !result.data,
    error: result.error,
    refetch: result.refetch,
  };
}

export function useBookStock(locationId: string | null) {
  const result = useQuery(BookEquipmentStockDocument, {
    variables: { locationId: locationId ?? '' },
    skip: !locationId,
  });
  return { rows: result.data?.equipmentCategories ?? [], loading: result.loading && !result.data };
}

/** Sends the request (a PENDING booking the school confirms), or joins a full group's waiting list. */
export function useRequestBooking() {
  const [create, created] = useMutation(BookCreateBookingDocument);
  const [join, joined] = useMutation(BookJoinWaitlistDocument);
  const request = useCallback(
    async (input: CreateBookingInput) =>
      (await create({ variables: { input } })).data?.createBooking ?? null,
    [create],
  );
  const joinWaitlist = useCallback(
    async (bookingId: string, customerIds: readonly string[]) => {
      for (const customerId of customerIds) await join({ variables: { bookingId, customerId } });
    },
    [join],
  );
  return { request, joinWaitlist, requesting: created.loading, joining: joined.loading };
}
