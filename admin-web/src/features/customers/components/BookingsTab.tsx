import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CustomerBookingsDocument,
  type BookingStatus,
  type CustomerBookingsQuery,
} from '../../../gql/graphql';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { bookingTime, splitBookings, STATUS_COLORS } from '../bookingRows';

type Row = CustomerBookingsQuery['bookings']['edges'][number]['node'];

/** Enough for any customer's record; a school's most loyal rider has a few hundred. */
const BOOKINGS_SHOWN = 500;

/**
 * The customer's bookings: upcoming first (soonest on top), then past ones (latest on top),
 * each in its location's local time, with status, instructor and price.
 */
export function BookingsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const { data, loading, error, refetch } = useQuery(CustomerBookingsDocument, {
    variables: { customerId, first: BOOKINGS_SHOWN },
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) {
    return (
      <Stack gap="sm" aria-busy>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} height={36} radius="sm" />
        ))}
      </Stack>
    );
  }
  if (error && !data) {
    return (
      <Paper withBorder radius="lg">
        <ErrorState title={t('bookings.errorTitle')} error={error} onRetry={() => refetch()} />
      </Paper>
    );
  }
  const { upcoming, past } = splitBookings(
    data?.bookings.edges.map((e) => e.node) ?? [],
    new Date(),
  );
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Text c="dimmed" fz="sm">
          {t('bookings.count', { count: data?.bookings.totalCount ?? 0 })}
        </Text>
        <Button
          component={Link}
          to={`/bookings/new?customerId=${customerId}`}
          leftSection={<IconCalendarPlus size={16} aria-hidden />}
          variant="light"
        >
          {t('bookings.new')}
        </Button>
      </Group>
      <BookingTable
        title={t('bookings.upcoming')}
        rows={upcoming}
        empty={t('bookings.noneUpcoming')}
      />
      <BookingTable title={t('bookings.past')} rows={past} empty={t('bookings.nonePast')} />
    </Stack>
  );
}

function BookingTable({ title, rows, empty }: { title: string; rows: Row[]; empty: string }) {
  const { t } = useTranslation('customers');
  const language = useCurrentLanguage();
  return (
    <Stack gap="xs">
      <Title order={3} fz="md">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed" fz="sm">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bookings.columns.when')}</Table.Th>
                <Table.Th>{t('bookings.columns.service')}</Table.Th>
                <Table.Th>{t('bookings.columns.instructor')}</Table.Th>
                <Table.Th>{t('bookings.columns.status')}</Table.Th>
                <Table.Th ta="right">{t('bookings.columns.price')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Td>
                    <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {bookingTime(b, language)}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      {b.location.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{b.service.name}</Table.Td>
                  <Table.Td>{b.instructor?.name ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <StatusBadge status={b.status} />
                      {b.deletedAt && (
                        <Badge variant="outline" color="gray" size="sm">
                          {t('bookings.archived')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {b.price.formatted}
                    {b.cancellationFee && b.cancellationFee.amountMinor > 0 && (
                      <Text fz="xs" c="dimmed">
                        {t('bookings.fee', { fee: b.cancellationFee.formatted })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function StatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation('customers');
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} size="sm" radius="sm">
      {t(`bookings.status.${status}`)}
    </Badge>
  );
}
