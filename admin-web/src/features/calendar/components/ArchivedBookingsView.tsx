import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Box,
  Button,
  Group,
  LoadingOverlay,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconAlertCircle, IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  CalendarArchivedBookingsDocument,
  CalendarRestoreBookingDocument,
  LocationsDocument,
  type CalendarArchivedBookingsQuery,
} from '../../../gql/graphql';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { useExplainRefusal } from '../hooks/useExplainRefusal';
import { todayAt } from '../zone';
import { formatBookingTime, formatInstant } from '../format';
import { StatusBadge } from './StatusBadge';

const PAGE = 50;

type Booking = CalendarArchivedBookingsQuery['bookings']['edges'][number]['node'];

/**
 * Archived bookings of a location (the location is in the URL, as in the calendar), with
 * Restore: the booking returns to the calendar when its resources are still free, else the
 * clash is explained.
 */
export function ArchivedBookingsView() {
  const { t } = useTranslation('calendar');
  const language = useCurrentLanguage();
  const [search, setSearch] = useSearchParams();
  const locationsQuery = useQuery(LocationsDocument);
  const locations = locationsQuery.data?.locations ?? [];
  const location = locations.find((l) => l.id === search.get('location')) ?? locations[0];
  const explain = useExplainRefusal();
  const [refusal, setRefusal] = useState<string[] | null>(null);

  const { data, loading, error, refetch, fetchMore } = useQuery(CalendarArchivedBookingsDocument, {
    variables: { filter: { locationId: location?.id ?? '', deleted: true }, first: PAGE },
    skip: !location,
    fetchPolicy: 'cache-and-network',
  });
  const [restore, restoring] = useMutation(CalendarRestoreBookingDocument);
  const [restoringId, setRestoringId] = useState<string | null>(null);

  const bookings = data?.bookings.edges.map((edge) => edge.node) ?? [];
  const zone = location?.timezone ?? 'UTC';

  const onRestore = async (booking: Booking) => {
    setRefusal(null);
    setRestoringId(booking.id);
    try {
      await restore({
        variables: { id: booking.id },
        update: (cache) => {
          cache.updateQuery(
            {
              query: CalendarArchivedBookingsDocument,
              variables: {
                filter: { locationId: location?.id ?? '', deleted: true },
                first: PAGE,
              },
            },
            (list) =>
              list && {
                ...list,
                bookings: {
                  ...list.bookings,
                  edges: list.bookings.edges.filter((edge) => edge.node.id !== booking.id),
                  totalCount: Math.max(0, list.bookings.totalCount - 1),
                },
              },
          );
        },
      });
      notifications.show({ color: 'teal', message: t('archived.restored') });
    } catch (failure) {
      setRefusal(
        explain(failure, {
          timeZone: zone,
          day: todayAt(zone, new Date(booking.startsAt)),
          instructorName: booking.instructor?.name,
          discipline: booking.service.discipline,
        }),
      );
    } finally {
      setRestoringId(null);
    }
  };

  if (locationsQuery.error && !locationsQuery.data) {
    return (
      <ErrorState
        title={t('archived.loadError')}
        error={locationsQuery.error}
        onRetry={() => void locationsQuery.refetch()}
      />
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('filters.location')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={location?.id ?? null}
          onChange={(value) =>
            value &&
            setSearch(
              (current) => {
                const next = new URLSearchParams(current);
                next.set('location', value);
                return next;
              },
              { replace: true },
            )
          }
          allowDeselect={false}
          w={{ base: '100%', xs: 260 }}
        />
        <Anchor
          component={Link}
          to={location ? `/calendar?location=${location.id}` : '/calendar'}
          fz="sm"
        >
          {t('archived.back')}
        </Anchor>
      </Group>
      {refusal && (
        <Alert
          color="red"
          variant="light"
          title={t('restoreRefused')}
          icon={<IconAlertCircle aria-hidden />}
          role="alert"
          withCloseButton
          closeButtonLabel={t('dismiss')}
          onClose={() => setRefusal(null)}
        >
          {refusal.join(' ')}
        </Alert>
      )}
      {error && !data ? (
        <ErrorState title={t('archived.loadError')} error={error} onRetry={() => void refetch()} />
      ) : (
        <Paper withBorder radius="md" pos="relative">
          <LoadingOverlay visible={loading && !data} zIndex={5} />
          {data && bookings.length === 0 ? (
            <Box p="xl">
              <Text c="dimmed" ta="center">
                {t('archived.empty')}
              </Text>
            </Box>
          ) : (
            <ScrollArea>
              <Table
                striped
                highlightOnHover
                verticalSpacing="sm"
                aria-label={t('archived.listLabel', { location: location?.name ?? '' })}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('archived.columns.when')}</Table.Th>
                    <Table.Th>{t('archived.columns.service')}</Table.Th>
                    <Table.Th>{t('archived.columns.participants')}</Table.Th>
                    <Table.Th>{t('archived.columns.instructor')}</Table.Th>
                    <Table.Th>{t('archived.columns.status')}</Table.Th>
                    <Table.Th>{t('archived.columns.archivedAt')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {bookings.map((booking) => {
                    const time = formatBookingTime(booking, zone, language);
                    return (
                      <Table.Tr key={booking.id}>
                        <Table.Td>{time}</Table.Td>
                        <Table.Td>{booking.service.name}</Table.Td>
                        <Table.Td>
                          {booking.customers.map((c) => c.name).join(', ') ||
                            t('event.noParticipants')}
                        </Table.Td>
                        <Table.Td>{booking.instructor?.name ?? t('drawer.noInstructor')}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <StatusBadge status={booking.status} />
                        </Table.Td>
                        <Table.Td>
                          {booking.deletedAt && formatInstant(booking.deletedAt, zone, language)}
                        </Table.Td>
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconRestore size={14} aria-hidden />}
                            loading={restoring.loading && restoringId === booking.id}
                            aria-label={t('archived.restoreLabel', {
                              service: booking.service.name,
                              time,
                            })}
                            onClick={() => void onRestore(booking)}
                          >
                            {t('archived.restore')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </Paper>
      )}
      {data && data.bookings.totalCount > 0 && (
        <Group justify="space-between">
          <Text fz="sm" c="dimmed">
            {t('archived.shown', { shown: bookings.length, total: data.bookings.totalCount })}
          </Text>
          {data.bookings.pageInfo.hasNextPage && (
            <Button
              variant="default"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.bookings.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    bookings: {
                      ...fetchMoreResult.bookings,
                      edges: [...previous.bookings.edges, ...fetchMoreResult.bookings.edges],
                    },
                  }),
                })
              }
            >
              {t('archived.loadMore')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
