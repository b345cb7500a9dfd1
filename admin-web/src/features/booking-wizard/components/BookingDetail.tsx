import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconCalendarPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WizardBookingDocument } from '../../../gql/graphql';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { formatLocalDate, formatLocalDateTime, formatTimeRange, localDateOf } from '../lib/zoned';
import { StatusBadge } from './StatusBadge';
import { useCategoryLabel } from './useCategoryLabel';

/** One booking as staff read it after booking: when (location time), who, what, how much. */
export function BookingDetail({ id }: { id: string }) {
  const { t } = useTranslation('bookingWizard');
  const language = useCurrentLanguage();
  const category = useCategoryLabel();
  const { data, loading, error, refetch } = useQuery(WizardBookingDocument, { variables: { id } });
  usePageTitle(data?.booking?.service.name ?? t('detail.documentTitle'));

  if (loading && !data) return <Skeleton h={280} radius="md" />;
  if (error && !data)
    return <ErrorState title={t('detail.failed')} error={error} onRetry={() => void refetch()} />;
  const booking = data?.booking;
  if (!booking) return <Text c="dimmed">{t('detail.notFound')}</Text>;
  const zone = booking.location.timezone;
  const date = localDateOf(booking.startsAt, zone);

  const row = (label: string, value: ReactNode) => (
    <Table.Tr>
      <Table.Th w={200} fw={500} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );

  return (
    <Stack gap="lg" maw={900}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm">
            <Title order={1}>{booking.service.name}</Title>
            <StatusBadge status={booking.status} />
          </Group>
          <Text c="dimmed" mt={4}>
            {formatLocalDate(date, language)},{' '}
            {formatTimeRange(booking.startsAt, booking.endsAt, zone)} · {booking.location.name}
          </Text>
        </div>
        <Button
          component={Link}
          to={`/bookings/new?serviceId=${booking.service.id}&date=${date}`}
          variant="light"
          leftSection={<IconCalendarPlus size={16} />}
        >
          {t('detail.bookAgain')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p="md">
        <Table withRowBorders={false} verticalSpacing={6}>
          <Table.Tbody>
            {row(
              t('summary.when'),
              <Stack gap={0}>
                <Text>
                  {formatLocalDateTime(booking.startsAt, zone, language)}–
                  {formatTimeRange(booking.startsAt, booking.endsAt, zone).split('–')[1]}
                </Text>
                <Text fz="xs" c="dimmed">
                  {t('summary.zone', { zone })}
                </Text>
              </Stack>,
            )}
            {booking.service.kind === 'LESSON' &&
              row(t('summary.instructor'), booking.instructor?.name ?? t('detail.noInstructor'))}
            {row(
              t('summary.participants', { count: booking.customers.length }),
              booking.customers.length ? (
                <Group gap="xs">
                  {booking.customers.map((c) => (
                    <Anchor key={c.id} component={Link} to={`/customers/${c.id}`}>
                      {c.name}
                    </Anchor>
                  ))}
                </Group>
              ) : (
                '—'
              ),
            )}
            {booking.service.lessonFormat === 'GROUP' &&
              row(t('detail.placesLeft'), t('slot.placesLeft', { count: booking.placesLeft }))}
            {row(
              t('summary.gear'),
              booking.equipment.length
                ? booking.equipment
                    .map((e) =>
                      `${category(e.category)} ${e.size ?? ''} (${e.name})`.replace('  ', ' '),
                    )
                    .join(', ')
                : t('summary.noGear'),
            )}
            {row(
              t('detail.price'),
              `${booking.price.formatted} (${t('detail.unit', { unit: booking.unitPrice.formatted })})`,
            )}
            {booking.cancellationFee &&
              row(t('detail.cancellationFee'), booking.cancellationFee.formatted)}
            {booking.cancelReason && row(t('detail.cancelReason'), booking.cancelReason)}
            {row(t('summary.notes'), booking.notes || '—')}
            {row(t('detail.created'), formatLocalDateTime(booking.createdAt, zone, language))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
