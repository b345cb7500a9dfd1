import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  EmptyState,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconCalendar,
  IconFileInvoice,
  IconFilterOff,
  IconMapPin,
  IconSearch,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InvoiceLocationsDocument } from '../../../gql/graphql';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
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
  const language = useCurrentLanguage();
  const errorText = useErrorText();
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
      <ListPanel
        toolbar={
          <Group justify="space-between" align="flex-end" gap="md">
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
              <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
                <DatePickerInput
                  type="range"
                  label={t('filters.dates')}
                  placeholder={t('filters.anyDate')}
                  value={[filters.from, filters.to]}
                  onChange={([from, to]) => {
                    if (from && !to) return;
                    update({ from: from?.slice(0, 10) ?? null, to: to?.slice(0, 10) ?? null });
                  }}
                  valueFormat="D MMM YYYY"
                  allowSingleDateInRange
                  clearable
                  leftSection={<IconCalendar size={16} aria-hidden />}
                  w={{ base: '100%', xs: 260 }}
                />
              </DatesProvider>
              <TextInput
                label={t('filters.search')}
                placeholder={t('filters.searchPlaceholder')}
                value={search}
                onChange={(e) => setSearch(e.currentTarget.value)}
                leftSection={<IconSearch size={16} aria-hidden />}
                w={{ base: '100%', xs: 240 }}
              />
            </Group>
            <Group gap="xs" wrap="nowrap" mb={4} ml="auto">
              {!list.loading && !list.error && (
                <Text fw={600} fz="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
                  {t('list.count', { count: list.totalCount })}
                </Text>
              )}
              <RefreshButton
                label={t('list.refresh')}
                onClick={list.retry}
                loading={list.refreshing}
              />
            </Group>
          </Group>
        }
        footer={
          !list.loading && !list.error && list.invoices.length > 0 ? (
            <Group justify="space-between" gap="sm">
              <Text fz="sm" c="dimmed">
                {t('list.shown', { shown: list.invoices.length, total: list.totalCount })}
              </Text>
              <Group gap="sm">
                {list.loadMoreError !== undefined && (
                  <Text fz="sm" c="red" role="alert">
                    {errorText(list.loadMoreError)}
                  </Text>
                )}
                {list.hasMore && (
                  <Button
                    variant="default"
                    onClick={() => void list.loadMore()}
                    loading={list.loadingMore}
                  >
                    {t('list.loadMore')}
                  </Button>
                )}
              </Group>
            </Group>
          ) : undefined
        }
      >
        <ListContent
          list={list}
          errorTitle={t('list.errorTitle')}
          isEmpty={!list.loading && list.invoices.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={filtered ? <IconFilterOff size={26} /> : <IconFileInvoice size={26} />}
              title={filtered ? t('list.noMatches.title') : t('list.empty.title')}
              description={filtered ? t('list.noMatches.body') : t('list.empty.body')}
            >
              {filtered && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={clear}>
                    {t('filters.clear')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          }
        >
          <InvoiceRows invoices={list.invoices} loading={list.loading} onResend={setResending} />
        </ListContent>
      </ListPanel>
      <ResendModal invoice={resending} onClose={() => setResending(null)} />
    </>
  );
}
