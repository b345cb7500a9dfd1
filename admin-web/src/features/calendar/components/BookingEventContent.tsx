import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarEvent } from '../events';

/**
 * Inside an event: the service, who takes part (or the places left in a group), the
 * instructor in the week view, and the status in words for screen readers (the colour says
 * it to the eye).
 */
export function BookingEventContent({ event }: { event: CalendarEvent }) {
  const { t } = useTranslation('calendar');
  const { booking } = event;
  const people = booking.customers.map((c) => c.name).join(', ') || t('event.noParticipants');
  const group = booking.service.capacity > 1;
  return (
    <div className="pv-event-body">
      <div className="pv-event-title">{booking.service.name}</div>
      <div className="pv-event-line">{people}</div>
      {group && booking.placesLeft > 0 && (
        <div className="pv-event-line">{t('event.placesLeft', { count: booking.placesLeft })}</div>
      )}
      {event.showInstructor && booking.instructor && (
        <div className="pv-event-line">{booking.instructor.name}</div>
      )}
      <VisuallyHidden>{t(`statuses.${booking.status}`)}</VisuallyHidden>
    </div>
  );
}
