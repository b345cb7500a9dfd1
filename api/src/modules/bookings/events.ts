import type { ServiceContext } from '../../context.js';
import type { EventMap } from '../../platform/pubsub.js';
import type { BookingRow } from './schema.js';

export type BookingChangeKind = EventMap['BOOKING_CHANGED']['kind'];

/** Tells every API replica that a booking changed. Call only after the commit. */
export function publishBookingChange(
  ctx: Pick<ServiceContext, 'deps'>,
  booking: Pick<BookingRow, 'id' | 'locationId'>,
  kind: BookingChangeKind,
) {
  ctx.deps.platform.events.publish('BOOKING_CHANGED', {
    bookingId: booking.id,
    locationId: booking.locationId,
    kind,
  });
}
