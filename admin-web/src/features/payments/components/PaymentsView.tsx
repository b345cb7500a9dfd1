import { Group, Select } from '@mantine/core';
import { IconCash, IconMapPin } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentKind, PaymentMethod } from '../../../gql/graphql';
import {
  DayRangeFilter,
  FilteredEmptyState,
  LoadMoreListPanel,
} from '../../../shared/ui/LoadMoreListPanel';
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
  const [filters, setFilters] = useState<PaymentListFilters>(EMPTY_FILTERS);
  const list = usePayments(filters);
  const { locations } = usePaymentLocations();
  const [refunding, setRefunding] = useState<PaymentRow | null>(null);
  const update = (patch: Partial<PaymentListFilters>) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = hasFilters(filters);
  const orAll = (value: string | null) => (value && value !== ALL ? value : null);

  return (
    <>
      <LoadMoreListPanel
        list={list}
        shownCount={list.payments.length}
        texts={{
          count: t('list.count', { count: list.totalCount }),
          refresh: t('list.refresh'),
          shown: t('list.shown', { shown: list.payments.length, total: list.totalCount }),
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
            <DayRangeFilter
              label={t('filters.dates')}
              placeholder={t('filters.anyDate')}
              from={filters.from}
              to={filters.to}
              onChange={update}
            />
          </Group>
        }
        empty={
          <FilteredEmptyState
            filtered={filtered}
            icon={<IconCash size={26} />}
            title={filtered ? t('list.noMatches.title') : t('list.empty.title')}
            description={filtered ? t('list.noMatches.body') : t('list.empty.body')}
            clearLabel={t('filters.clear')}
            onClear={() => setFilters(EMPTY_FILTERS)}
          />
        }
      >
        <PaymentRows payments={list.payments} loading={list.loading} onRefund={setRefunding} />
      </LoadMoreListPanel>
      <RefundModal payment={refunding} onClose={() => setRefunding(null)} />
    </>
  );
}
