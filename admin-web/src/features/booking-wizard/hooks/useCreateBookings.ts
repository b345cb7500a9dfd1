import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  WizardCreateBookingDocument,
  WizardCreateRecurringBookingsDocument,
  type WizardBookingFieldsFragment,
} from '../../../gql/graphql';
import { equipmentInput, type Draft } from '../lib/draft';
import { dailyStarts } from '../lib/zoned';

/**
 * Books the draft: one createBooking, or for several days one createRecurringBookings with the
 * same local time each day (computed in the location's zone), all or nothing.
 */
export function useCreateBookings() {
  const [createOne, one] = useMutation(WizardCreateBookingDocument);
  const [createSeries, series] = useMutation(WizardCreateRecurringBookingsDocument);

  const book = useCallback(
    async (draft: Draft, zone: string): Promise<WizardBookingFieldsFragment[]> => {
      const slot = draft.slot;
      if (!draft.serviceId || !slot) throw new Error('The draft is not complete');
      const common = {
        serviceId: draft.serviceId,
        customerIds: draft.customers.map((c) => c.id),
        ...(draft.instructorId ? { instructorId: draft.instructorId } : {}),
        notes: draft.notes.trim() || null,
      };
      if (draft.days > 1) {
        const { data } = await createSeries({
          variables: {
            input: { ...common, startsAt: dailyStarts(slot.startsAt, zone, draft.days) },
          },
        });
        return data?.createRecurringBookings ?? [];
      }
      const gear = equipmentInput(draft.equipment);
      const { data } = await createOne({
        variables: {
          input: {
            ...common,
            startsAt: slot.startsAt,
            ...(gear.length ? { equipment: gear } : {}),
          },
        },
      });
      return data?.createBooking ? [data.createBooking] : [];
    },
    [createOne, createSeries],
  );

  const reset = useCallback(() => {
    one.reset();
    series.reset();
  }, [one, series]);

  return { book, loading: one.loading || series.loading, reset };
}
