import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RentalLocationsDocument, RentalsDocument, type RentalFilter } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/lib/dates';
import { RentalStatusBadge } from './RentalStatusBadge';

const VIEWS = ['out', 'overdue', 'returned', 'all'] as const;
type View = (typeof VIEWS)[number];

const filterOf = (view: View): Pick<RentalFilter, 'status' | 'overdue'> =>
  view === 'out'
    ? { status: 'OUT' }
    : view === 'overdue'
      ? { overdue: true }
      : view === 'returned'
        ? { status: 'RETURNED' }
        : {};

/**
 * The rental desk's list: what is out (overdue ones in red), overdue only, returned, or all,
 * per location, searched by the customer's name or the rental number; newest first.
 */
export function RentalList({ canCheckOut }: { canCheckOut: boolean }) {
  const { t } = useTranslation('rentals');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [view, setView] = useState<View>('out');
  const [locationId, setLocationId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const locations = useQuery(RentalLocationsDocument);
  const result = useQuery(RentalsDocument, {
    variables: {
      filter: { ...filterOf(view), locationId, search: debounced || null },
      first: 100,
    },
    fetchPolicy: 'cache-and-network',
  });
  const rows = result.data?.rentals.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SegmentedControl
            size="md"
            value={view}
            onChange={(value) => setView(value as View)}
            data={VIEWS.map((v) => ({ value: v, label: t(`list.views.${v}`) }))}
          />
          <Select
            size="md"
            aria-label={t('list.location')}
            placeholder={t('list.allLocations')}
            data={(locations.data?.locations ?? []).map((l) => ({ value: l.id, label: l.name }))}
            value={locationId}
            onChange={setLocationId}
            clearable
          />
          <TextInput
            size="md"
            aria-label={t('list.search')}
            placeholder={t('list.search')}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
        </Group>
        {canCheckOut && (
          <Button size="md" component={Link} to="/rentals/new">
            {t('list.new')}
          </Button>
        )}
      </Group>
      {result.error && !result.data && (
        <Alert color="red" role="alert">
          {errorText(result.error)}
        </Alert>
      )}
      {result.data && rows.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {rows.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm" fz="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('list.number')}</Table.Th>
              <Table.Th>{t('list.customer')}</Table.Th>
              <Table.Th>{t('list.items')}</Table.Th>
              <Table.Th>{t('list.due')}</Table.Th>
              <Table.Th>{t('list.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((rental) => (
              <Table.Tr
                key={rental.id}
                onClick={() => void navigate(`/rentals/${rental.id}`)}
                style={{
                  cursor: 'pointer',
                  background: rental.overdue ? 'var(--mantine-color-red-light)' : undefined,
                }}
              >
                <Table.Td>
                  <Link to={`/rentals/${rental.id}`}>#{rental.number}</Link>
                  <Text fz="xs" c="dimmed">
                    {rental.location.name}
                  </Text>
                </Table.Td>
                <Table.Td>{rental.customer.name}</Table.Td>
                <Table.Td>
                  {rental.items.map((i) => i.equipment.name).join(', ')}
                  {rental.items.some((i) => i.damaged) && (
                    <Badge ml="xs" color="orange" variant="light">
                      {t('status.damaged')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {formatDateTime(rental.dueAt, language, rental.location.timezone)}
                </Table.Td>
                <Table.Td>
                  <RentalStatusBadge status={rental.status} overdue={rental.overdue} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
