import { useQuery } from '@apollo/client/react';
import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileInvoice, IconMapPin, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvoiceLocationsDocument } from '../../../gql/graphql';
import {
  DayRangeFilter,
  FilteredEmptyState,
  LoadMoreListPanel,
} from '../../../shared/ui/LoadMoreListPanel';
import { useInvoices } from '../hooks/useInvoices';
import { EMPTY_FILTERS, hasFilters, KIND_CHOICES, type InvoiceListFilters } from '../lib/filters';
import type { InvoiceRow } from './InvoiceParts';
import { InvoiceRows } from './InvoiceRows';
import { ResendModal } from './ResendModal';

/** The Select's value for "all locations" (a Select option cannot be empty). */
const ALL = '*';

/**
 * Every invoice and receipt of the school, newest first: by location, kind, days issued and a
 * search over the number or the customer's name; each with its PDF and a resend.
 */
export function InvoicesView() {
  const { t } = useTranslation('invoices');
  const [filters, setFilters] = useState<InvoiceListFilters>(EMPTY_FILTERS);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const applied = useMemo(() => ({ ...filters, search: debounced }), [filters, debounced]);
  const list = useInvoices(applied);
  const locations = useQuery(InvoiceLocationsDocument);
  const [resending, setResending] = useState<InvoiceRow | null>(null);
  const update = (patch: Partial<InvoiceListFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const clear = () => {
    setFilters(EMPTY_FILTERS);
    setSearch('');
  };
  const filtered = hasFilters(applied);

  return (
    <>
      <LoadMoreListPanel
        list={list}
        shownCount={list.invoices.length}
        texts={{
          count: t('list.count', { count: list.totalCount }),
          refresh: t('list.refresh'),
          shown: t('list.shown', { shown: list.invoices.length, total: list.totalCount }),
          loadMore: t('list.loadMore'),
          errorTitle: t('list.errorTitle'),
        }}
        filters={
          <Group
            gap="sm"
            align="flex-end"
            wrap="wrap"
            role="search"
            aria-label={t('filters.label')}
          >
            <Stack gap={4}>
              <Text size="sm" fw={500} id="invoice-kind">
                {t('filters.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="invoice-kind"
                data={KIND_CHOICES.map((k) => ({ value: k, label: t(`filters.kinds.${k}`) }))}
                value={filters.kind}
                onChange={(value) => update({ kind: value as InvoiceListFilters['kind'] })}
              />
            </Stack>
            <Select
              label={t('filters.location')}
              data={[
                { value: ALL, label: t('filters.allLocations') },
                ...(locations.data?.locations ?? []).map((l) => ({ value: l.id, label: l.name })),
              ]}
              value={filters.locationId ?? ALL}
              onChange={(value) => update({ locationId: value && value !== ALL ? value : null })}
              allowDeselect={false}
              leftSection={<IconMapPin size={16} aria-hidden />}
              w={{ base: '100%', xs: 220 }}
            />
            <DayRangeFilter
              label={t('filters.dates')}
              placeholder={t('filters.anyDate')}
              from={filters.from}
              to={filters.to}
              onChange={update}
            />
            <TextInput
              label={t('filters.search')}
              placeholder={t('filters.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              leftSection={<IconSearch size={16} aria-hidden />}
              w={{ base: '100%', xs: 240 }}
            />
          </Group>
        }
        empty={
          <FilteredEmptyState
            filtered={filtered}
            icon={<IconFileInvoice size={26} />}
            title={filtered ? t('list.noMatches.title') : t('list.empty.title')}
            description={filtered ? t('list.noMatches.body') : t('list.empty.body')}
            clearLabel={t('filters.clear')}
            onClear={clear}
          />
        }
      >
        <InvoiceRows invoices={list.invoices} loading={list.loading} onResend={setResending} />
      </LoadMoreListPanel>
      <ResendModal invoice={resending} onClose={() => setResending(null)} />
    </>
  );
}
