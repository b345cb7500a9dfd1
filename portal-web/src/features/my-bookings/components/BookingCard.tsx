import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCalendarEvent, IconMapPin, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../gql/graphql';
import { formatLocalDate, formatTimeRange, localDateOf } from '../../booking';
import type { MyBooking } from '../hooks/useMyBookings';

export const STATUS_COLORS: Record<BookingStatus, string> = {
  PENDING: 'yellow',
  CONFIRMED: 'blue',
  CHECKED_IN: 'teal',
  COMPLETED: 'green',
  CANCELLED: 'gray',
  NO_SHOW: 'red',
};

/** One booking: what, when (the location's clock), where, with whom, status and price. */
export function BookingCard({
  booking,
  status,
  showPeople,
  onCancel,
}: {
  booking: MyBooking;
  /** The status as the caller sees it (a group they left reads as cancelled). */
  status: BookingStatus;
  /** Name the participants (when the caller books for family too). */
  showPeople: boolean;
  /** Offered while the booking can still be cancelled. */
  onCancel?: () => void;
}) {
  const { t } = useTranslation('myBookings');
  const language = useCurrentLanguage();
  const zone = booking.location.timezone;
  const when = `${formatLocalDate(localDateOf(booking.startsAt, zone), language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })}, ${formatTimeRange(booking.startsAt, booking.endsAt, zone)}`;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="article"
      aria-label={`${booking.service.name}, ${when}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={700}>{booking.service.name}</Text>
          <Badge color={STATUS_COLORS[status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
            {t(`status.${status}`)}
          </Badge>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconCalendarEvent size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Text fz="sm">{when}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconMapPin size={16} aria-hidden style={{ flexShrink: 0 }} />
          <Text fz="sm">{booking.location.name}</Text>
        </Group>
        {booking.instructor && (
          <Group gap={6} wrap="nowrap">
            <IconUser size={16} aria-hidden style={{ flexShrink: 0 }} />
            <Text fz="sm">{t('instructor', { name: booking.instructor.name })}</Text>
          </Group>
        )}
        {showPeople && booking.customers.length > 0 && (
          <Text fz="sm" c="dimmed">
            {t('people', { names: booking.customers.map((c) => c.name).join(', ') })}
          </Text>
        )}
        <Group justify="space-between" align="center" mt={4}>
          <Text fw={600}>
            {booking.status !== 'CANCELLED'
              ? booking.price.formatted
              : booking.cancellationFee && booking.cancellationFee.amountMinor > 0
                ? t('cancelFee', { fee: booking.cancellationFee.formatted })
                : t('cancelFree')}
          </Text>
          {booking.status !== 'CANCELLED' && booking.balance.paid.amountMinor > 0 && (
            <Text fz="sm" c={booking.balance.due.amountMinor > 0 ? 'orange.8' : 'teal.8'}>
              {booking.balance.due.amountMinor > 0
                ? t('balance.partly', {
                    paid: booking.balance.paid.formatted,
                    due: booking.balance.due.formatted,
                  })
                : t('balance.paid')}
            </Text>
          )}
          {onCancel && (
            <Button variant="light" color="red" size="compact-md" onClick={onCancel}>
              {t('cancel.open')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
