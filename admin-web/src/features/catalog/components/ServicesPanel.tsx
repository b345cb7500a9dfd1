import { Button, EmptyState, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconPlus, IconSailboat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogServiceFieldsFragment, Discipline, ServiceKind } from '../../../gql/graphql';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { FilterSelect, FiltersBar, SearchInput } from '../../../shared/ui/Filters';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { useCatalogServices, useSetServiceActive } from '../hooks/useCatalog';
import { DISCIPLINES, SERVICE_KINDS } from '../rules';
import { ServiceModal } from './ServiceModal';
import { ServicesList } from './ServicesList';
import { ServicesTable } from './ServicesTable';

type Sale = 'on' | 'off';

/**
 * A location's services (a table on a desk, stacked blocks on a phone) with filters (kind and
 * discipline by the API; name and on sale at once, in the browser), each opened for editing
 * in a dialog.
 */
export function ServicesPanel({
  locationId,
  currency,
  canEdit,
}: {
  locationId: string;
  currency: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation('catalog');
  const language = useCurrentLanguage();
  const errorMessage = useErrorText();
  const [kind, setKind] = useState<ServiceKind>();
  const [discipline, setDiscipline] = useState<Discipline>();
  const [sale, setSale] = useState<Sale>();
  const [search, setSearch] = useState('');
  const list = useCatalogServices(locationId, { kind, discipline });
  const { setActive } = useSetServiceActive();
  // A phone gets stacked blocks; the table only where it fits beside the navigation.
  const Rows = useIsDesk() ? ServicesTable : ServicesList;
  // `undefined`: closed; `null`: a new service.
  const [editing, setEditing] = useState<CatalogServiceFieldsFragment | null>();

  const needle = search.trim().toLocaleLowerCase(language);
  const rows = list.services.filter(
    (service) =>
      (!sale || service.active === (sale === 'on')) &&
      (!needle || service.name.toLocaleLowerCase(language).includes(needle)),
  );
  const filtered = Boolean(kind || discipline || sale || needle);
  const clear = () => {
    setKind(undefined);
    setDiscipline(undefined);
    setSale(undefined);
    setSearch('');
  };

  const toggle = async (service: CatalogServiceFieldsFragment, active: boolean) => {
    try {
      await setActive(service.id, active);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };

  return (
    <>
      <ListPanel
        toolbar={
          <Group justify="space-between" align="flex-end" gap="sm">
            <FiltersBar
              label={t('filters.label')}
              clearLabel={t('filters.clear')}
              showClear={filtered}
              onClear={clear}
            >
              <SearchInput
                label={t('filters.search')}
                placeholder={t('filters.searchPlaceholder')}
                clearLabel={t('filters.clearSearch')}
                value={search}
                onChange={setSearch}
                maxLength={120}
                w={{ base: '100%', xs: 220 }}
              />
              <FilterSelect
                label={t('filters.kind')}
                allLabel={t('filters.allKinds')}
                options={SERVICE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                value={kind}
                onChange={setKind}
                w={{ base: '100%', xs: 170 }}
              />
              <FilterSelect
                label={t('filters.discipline')}
                allLabel={t('filters.allDisciplines')}
                options={DISCIPLINES.map((d) => ({ value: d, label: t(`disciplines.${d}`) }))}
                value={discipline}
                onChange={setDiscipline}
                w={{ base: '100%', xs: 190 }}
              />
              <FilterSelect
                label={t('filters.sale')}
                allLabel={t('filters.anySale')}
                options={[
                  { value: 'on' as const, label: t('filters.onSale') },
                  { value: 'off' as const, label: t('filters.offSale') },
                ]}
                value={sale}
                onChange={setSale}
                w={{ base: '100%', xs: 150 }}
              />
            </FiltersBar>
            {canEdit && (
              <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
                {t('services.new')}
              </Button>
            )}
          </Group>
        }
        footer={
          !list.loading && list.error === undefined && rows.length > 0 ? (
            <Text fz="sm" c="dimmed">
              {t('services.count', { count: rows.length })}
            </Text>
          ) : undefined
        }
      >
        <ListContent
          list={list}
          errorTitle={t('services.errorTitle')}
          isEmpty={!list.loading && rows.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={<IconSailboat size={26} />}
              title={filtered ? t('services.noMatchTitle') : t('services.emptyTitle')}
              description={filtered ? t('services.noMatchBody') : t('services.emptyBody')}
            >
              <EmptyState.Actions>
                {filtered ? (
                  <Button variant="default" onClick={clear}>
                    {t('filters.clear')}
                  </Button>
                ) : (
                  canEdit && (
                    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
                      {t('services.new')}
                    </Button>
                  )
                )}
              </EmptyState.Actions>
            </EmptyState>
          }
        >
          <Rows
            services={rows}
            loading={list.loading}
            canEdit={canEdit}
            onEdit={setEditing}
            onSetActive={(service, active) => void toggle(service, active)}
          />
        </ListContent>
      </ListPanel>
      {editing !== undefined && (
        <ServiceModal
          key={editing?.id ?? 'new'}
          opened
          service={editing}
          locationId={locationId}
          currency={currency}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
