import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../gql/graphql';

/** The colour of each status, as the calendar uses them: requested, booked, on the water, done. */
export const STATUS_COLORS: Record<BookingStatus, string> = {
  PENDING: 'yellow',
  CONFIRMED: 'blue',
  CHECKED_IN: 'teal',
  COMPLETED: 'green',
  CANCELLED: 'gray',
  NO_SHOW: 'red',
};

export function StatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation('bookingWizard');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
