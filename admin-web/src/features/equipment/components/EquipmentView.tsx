import { Button, EmptyState, Group, Paper, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { useErrorText } from '@plannivo/web-kit/ui';
import {
  IconBackpack,
  IconFileImport,
  IconMapPin,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { canAccess } from '../../../shared/lib/can';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { hasFilters } from '../filters';
import {
  useEquipmentFilters,
  useEquipmentList,
  useEquipmentStock,
  useInventoryLocation,
} from '../hooks/useInventory';
import { EquipmentCards } from './EquipmentCards';
import { EquipmentFiltersBar } from './EquipmentFiltersBar';
import { EquipmentFormModal } from './EquipmentFormModal';
import { EquipmentTable } from './EquipmentTable';
import { InventorySnapshotPanel } from './InventorySnapshotPanel';
import { equipmentPath } from './viewProps';

/**
 * The inventory of one location (chosen at the top, kept in the URL with the filters): its
 * items a page at a time, a table on a desk and stacked cards on a phone, and what is free,
 * in use and in maintenance at a chosen time. Management adds items here or imports them.
 */
export function EquipmentView() {
  const { t } = useTranslation('equipment');
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const canChange = user !== null && canAccess(user.role, 'equipment', 'create');
  const canImport = user !== null && canAccess(user.role, 'imports', 'update');
  const { filters, updateFilters, clearFilters } = useEquipmentFilters();
  const place = useInventoryLocation(filters.location);
  const location = place.location;
  const list = useEquipmentList(filters, location?.id ?? null);
  const stock = useEquipmentStock(location?.id ?? null);
  const isDesk = useIsDesk();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const [filtersKey, setFiltersKey] = useState(0);
  const filtered = hasFilters(filters);
  const Rows = isDesk ? EquipmentTable : EquipmentCards;
  const clearAll = () => {
    clearFilters();
    setFiltersKey((key) => key + 1);
  };

  const header = (
    <PageHeader
      title={t('title')}
      subtitle={t('subtitle')}
      actions={
        <>
          {canImport && (
            <Button
              component={Link}
              to="/imports?kind=equipment"
              variant="default"
              leftSection={<IconFileImport size={18} />}
            >
              {t('importLink')}
            </Button>
          )}
          {canChange && location && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)}>
              {t('addItem')}
            </Button>
          )}
        </>
      }
    />
  );

  if (place.loading) {
    return (
      <Stack gap="xl">
        {header}
        <Skeleton height={36} width={260} radius="sm" />
        <Skeleton height={320} radius="lg" />
      </Stack>
    );
  }
  if (place.error !== undefined) {
    return (
      <Stack gap="xl">
        {header}
        <Paper withBorder radius="lg">
          <ErrorState title={t('errorTitle')} error={place.error} onRetry={place.retry} />
        </Paper>
      </Stack>
    );
  }
  if (!location) {
    return (
      <Stack gap="xl">
        {header}
        <Text c="dimmed">{t('location.none')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      {header}
      <Select
        label={t('location.label')}
        data={place.locations.map((l) => ({ value: l.id, label: l.name }))}
        value={location.id}
        onChange={(id) =>
          id && updateFilters({ location: id, category: undefined, size: undefined })
        }
        allowDeselect={false}
        leftSection={<IconMapPin size={16} aria-hidden />}
        w={{ base: '100%', xs: 300 }}
      />
      <ListPanel
        toolbar={
          <Group justify="space-between" align="flex-end" gap="md">
            <EquipmentFiltersBar
              key={`${filtersKey}-${location.id}`}
              filters={filters}
              stock={stock}
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
          !list.error && !list.loading && list.items.length > 0 ? (
            <Group justify="space-between" gap="sm">
              <Text fz="sm" c="dimmed">
                {t('shown', { shown: list.items.length, total: list.totalCount })}
              </Text>
              <Group gap="sm">
                {list.loadMoreError !== undefined && (
                  <Text fz="sm" c="red" role="alert">
                    {t('loadMoreFailed')} {errorText(list.loadMoreError)}
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
          isEmpty={!list.loading && list.items.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={filtered ? <IconSearch size={26} /> : <IconBackpack size={26} />}
              title={filtered ? t('noMatches.title') : t('empty.title')}
              description={filtered ? t('noMatches.body') : t('empty.body')}
            >
              <EmptyState.Actions>
                {filtered ? (
                  <Button variant="default" onClick={clearAll}>
                    {t('filters.clear')}
                  </Button>
                ) : canChange ? (
                  <Button onClick={() => setAdding(true)}>{t('addItem')}</Button>
                ) : null}
              </EmptyState.Actions>
            </EmptyState>
          }
        >
          <Rows items={list.items} loading={list.loading} />
        </ListContent>
      </ListPanel>
      <InventorySnapshotPanel key={location.id} location={location} />
      {canChange && (
        <EquipmentFormModal
          opened={adding}
          onClose={() => setAdding(false)}
          location={location}
          item={null}
          categories={[...new Set(stock.map((s) => s.category))]}
          onSaved={(id) => void navigate(equipmentPath(id))}
        />
      )}
    </Stack>
  );
}
