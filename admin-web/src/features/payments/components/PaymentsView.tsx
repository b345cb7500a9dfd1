import '@mantine/dates/styles.css';
import 'dayjs/locale/tr';
import { Button, EmptyState, Group, Select, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconCalendar, IconCash, IconFilterOff, IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentKind, PaymentMethod } from '../../../gql/graphql';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
import { usePaymentLocations, usePayments } from '../hooks/usePayments';
import { PAYMENT_METHODS } from '../lib/booking';
import { EMPTY_FILTERS, hasFilters, PAYMENT_KINDS, type PaymentListFilters } from '../lib/filters';
import type { PaymentRow } from './PaymentParts';
import { PaymentRows } from './PaymentRows';
import { RefundModal } from './RefundModal';

/** The Select's value for "all" (a Select option cannot be empty). */
const ALL = '*';

/**
 * Every payment, top-up, sale and refund of the school, newest first: by location, method,
 * kind and days taken; each linked to its customer and booking, with its receipt and a refund.
 */
export function PaymentsView() {
  const { t } = useTranslation('payments');
  const language = useCurrentLanguage();
  const errorText = useErrorText();
  const [filters, setFilters] = useState<PaymentListFilters>(EMPTY_FILTERS);
  const list = usePayments(filters);
  const { locations } = usePaymentLocations();
  const [refunding, setRefunding] = useState<PaymentRow | null>(null);
  const update = (patch: Partial<PaymentListFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = hasFilters(filters);
  const orAll = (value: string | null) => (value && value !== ALL ? value : null);

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
              <Select
                label={t('filters.location')}
                data={[
                  { value: ALL, label: t('filters.allLocations') },
                  ...locations.map((l) => ({ value: l.id, label: l.name })),
                ]}
                value={filters.locationId ?? ALL}
                onChange={(value) => update({ locationId: orAll(value) })}
                allowDeselect={false}
                leftSection={<IconMapPin size={16} aria-hidden />}
                w={{ base: '100%', xs: 220 }}
              />
              <Select
                label={t('filters.method')}
                data={[
                  { value: ALL, label: t('filters.allMethods') },
                  ...PAYMENT_METHODS.map((m) => ({ value: m, label: t(`methods.${m}`) })),
                ]}
                value={filters.method ?? ALL}
                onChange={(value) => update({ method: orAll(value) as PaymentMethod | null })}
                allowDeselect={false}
                w={{ base: '100%', xs: 170 }}
              />
              <Select
                label={t('filters.kind')}
                data={[
                  { value: ALL, label: t('filters.allKinds') },
                  ...PAYMENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
                ]}
                value={filters.kind ?? ALL}
                onChange={(value) => update({ kind: orAll(value) as PaymentKind | null })}
                allowDeselect={false}
                w={{ base: '100%', xs: 180 }}
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
          !list.loading && !list.error && list.payments.length > 0 ? (
            <Group justify="space-between" gap="sm">
              <Text fz="sm" c="dimmed">
                {t('list.shown', { shown: list.payments.length, total: list.totalCount })}
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
          isEmpty={!list.loading && list.payments.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={filtered ? <IconFilterOff size={26} /> : <IconCash size={26} />}
              title={filtered ? t('list.noMatches.title') : t('list.empty.title')}
              description={filtered ? t('list.noMatches.body') : t('list.empty.body')}
            >
              {filtered && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={() => setFilters(EMPTY_FILTERS)}>
                    {t('filters.clear')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          }
        >
          <PaymentRows payments={list.payments} loading={list.loading} onRefund={setRefunding} />
        </ListContent>
      </ListPanel>
      <RefundModal payment={refunding} onClose={() => setRefunding(null)} />
    </>
  );
}
