import { Button, EmptyState, Group, Text } from '@mantine/core';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconAddressBook, IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
import { hasFilters } from '../filters';
import { useCustomerFilters } from '../hooks/useCustomerFilters';
import { useCustomers } from '../hooks/useCustomers';
import { CustomersFilters } from './CustomersFilters';
import { CustomersList } from './CustomersList';
import { CustomersTable } from './CustomersTable';

/**
 * The school's customer records: search and filters in the URL, best matches first when
 * searching, a page at a time. `onCreate` opens the quick-create dialog.
 */
export function CustomersView({ onCreate }: { onCreate?: () => void }) {
  const { t } = useTranslation('customers');
  const errorMessage = useErrorText();
  const { filters, updateFilters, clearFilters } = useCustomerFilters();
  const list = useCustomers(filters);
  const isDesk = useIsDesk();
  // The filter inputs keep what is typed: a clear from the empty state starts them afresh.
  const [filtersKey, setFiltersKey] = useState(0);
  const clearAll = () => {
    clearFilters();
    setFiltersKey((key) => key + 1);
  };

  const filtered = hasFilters(filters);
  const showRows = !list.error && (list.loading || list.customers.length > 0);
  const Rows = isDesk ? CustomersTable : CustomersList;

  return (
    <ListPanel
      toolbar={
        <Group justify="space-between" align="flex-end" gap="md">
          <CustomersFilters
            key={filtersKey}
            filters={filters}
            onChange={updateFilters}
            onClear={clearFilters}
          />
          <Group gap="xs" wrap="nowrap" mb={4} ml="auto">
            {!list.loading && !list.error && (
              <Text fw={600} fz="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
                {t('count', { count: list.totalCount })}
              </Text>
            )}
            <RefreshButton label={t('refresh')} onClick={list.retry} loading={list.refreshing} />
          </Group>
        </Group>
      }
      footer={
        showRows && !list.loading ? (
          <Group justify="space-between" gap="sm">
            <Text fz="sm" c="dimmed">
              {t('shown', { shown: list.customers.length, total: list.totalCount })}
            </Text>
            <Group gap="sm">
              {list.loadMoreError !== undefined && (
                <Text fz="sm" c="red" role="alert">
                  {t('loadMoreFailed')} {errorMessage(list.loadMoreError)}
                </Text>
              )}
              {list.hasMore && (
                <Button
                  variant="default"
                  onClick={() => void list.loadMore()}
                  loading={list.loadingMore}
                >
                  {t('loadMore')}
                </Button>
              )}
            </Group>
          </Group>
        ) : undefined
      }
    >
      <ListContent
        list={list}
        errorTitle={t('errorTitle')}
        isEmpty={!list.loading && list.customers.length === 0}
        empty={
          <EmptyState
            py={56}
            withIndicatorBackground
            icon={filtered ? <IconUserSearch size={26} /> : <IconAddressBook size={26} />}
            title={filtered ? t('noMatches.title') : t('empty.title')}
            description={filtered ? t('noMatches.body') : t('empty.body')}
          >
            {(filtered || onCreate) && (
              <EmptyState.Actions>
                {filtered ? (
                  <Button variant="default" onClick={clearAll}>
                    {t('filters.clear')}
                  </Button>
                ) : (
                  <Button onClick={onCreate}>{t('create.open')}</Button>
                )}
              </EmptyState.Actions>
            )}
          </EmptyState>
        }
      >
        <Rows customers={list.customers} loading={list.loading} />
      </ListContent>
    </ListPanel>
  );
}
