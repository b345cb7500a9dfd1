import { Button } from '@mantine/core';
import { IconAddressBook, IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ListEmptyState, PagedListPanel } from '../../../shared/ui/PagedListPanel';
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
  const Rows = isDesk ? CustomersTable : CustomersList;

  return (
    <PagedListPanel
      ns="customers"
      list={list}
      shownCount={list.customers.length}
      filters={
        <CustomersFilters
          key={filtersKey}
          filters={filters}
          onChange={updateFilters}
          onClear={clearFilters}
        />
      }
      empty={
        <ListEmptyState
          ns="customers"
          filtered={filtered}
          icon={<IconAddressBook size={26} />}
          filteredIcon={<IconUserSearch size={26} />}
          actions={
            filtered ? (
              <Button variant="default" onClick={clearAll}>
                {t('filters.clear')}
              </Button>
            ) : onCreate ? (
              <Button onClick={onCreate}>{t('create.open')}</Button>
            ) : null
          }
        />
      }
    >
      <Rows customers={list.customers} loading={list.loading} />
    </PagedListPanel>
  );
}
