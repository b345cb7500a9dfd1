import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Switch,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconPencil, IconPlus, IconSailboat } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogServiceFieldsFragment, Discipline, ServiceKind } from '../../../gql/graphql';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { FilterSelect, FiltersBar, SearchInput } from '../../../shared/ui/Filters';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { formatMinutes } from '../format';
import { useCatalogServices, useSetServiceActive } from '../hooks/useCatalog';
import { formatMoney } from '../money';
import { DISCIPLINES, SERVICE_KINDS } from '../rules';
import { ServiceModal } from './ServiceModal';

type Sale = 'on' | 'off';
const KIND_COLORS: Record<ServiceKind, string> = {
  LESSON: 'blue',
  RENTAL: 'grape',
  ACCOMMODATION: 'orange',
};

/**
 * A location's services in a table with filters (kind and discipline by the API; name and
 * on sale at once, in the browser), each opened for editing in a dialog.
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

  const formatOf = (service: CatalogServiceFieldsFragment) => {
    if (service.lessonFormat) return t(`formats.${service.lessonFormat}`);
    if (service.rentalPeriod) return t(`periods.${service.rentalPeriod}`);
    return t('perNight');
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
          <DataTable
            minWidth={960}
            highlightOnHover={!list.loading}
            skeletonRows={6}
            loading={list.loading}
            rows={rows}
            columns={[
              { label: t('columns.name'), skeleton: <SkeletonLine width="70%" /> },
              { label: t('columns.kind'), w: 130, skeleton: <SkeletonLine width={70} /> },
              { label: t('columns.discipline'), w: 130, skeleton: <SkeletonLine width={80} /> },
              { label: t('columns.duration'), w: 96, skeleton: <SkeletonLine width={50} /> },
              { label: t('columns.capacity'), w: 96, skeleton: <SkeletonLine width={30} /> },
              { label: t('columns.level'), w: 116, skeleton: <SkeletonLine width={70} /> },
              { label: t('columns.price'), w: 112, skeleton: <SkeletonLine width={70} /> },
              { label: t('columns.onSale'), w: 84, skeleton: <SkeletonLine width={36} /> },
              ...(canEdit ? [{ label: t('columns.actions'), hiddenLabel: true, w: 60 }] : []),
            ]}
            renderRow={(service) => (
              <Table.Tr key={service.id} style={{ opacity: service.active ? 1 : 0.6 }}>
                <Table.Td>
                  <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {service.name}
                  </Text>
                  {service.description && (
                    <Text fz="xs" c="dimmed" lineClamp={1}>
                      {service.description}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={KIND_COLORS[service.kind]} radius="sm" tt="none">
                    {t(`kinds.${service.kind}`)}
                  </Badge>
                  <Text fz="xs" c="dimmed" mt={2}>
                    {formatOf(service)}
                  </Text>
                </Table.Td>
                <Table.Td fz="sm">
                  {service.discipline ? t(`disciplines.${service.discipline}`) : '—'}
                </Table.Td>
                <Table.Td fz="sm">
                  {service.kind === 'ACCOMMODATION'
                    ? t('oneNight')
                    : formatMinutes(service.durationMinutes, t)}
                </Table.Td>
                <Table.Td fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {service.capacity}
                </Table.Td>
                <Table.Td fz="sm">
                  {service.requiredLevel ? t(`levels.${service.requiredLevel}`) : t('anyLevel')}
                </Table.Td>
                <Table.Td fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatMoney(service.price.amountMinor, service.price.currency, language)}
                </Table.Td>
                <Table.Td>
                  <Switch
                    checked={service.active}
                    onChange={(event) => void toggle(service, event.currentTarget.checked)}
                    disabled={!canEdit}
                    aria-label={t('services.onSaleLabel', { name: service.name })}
                  />
                </Table.Td>
                {canEdit && (
                  <Table.Td ta="right">
                    <Tooltip label={t('services.edit')} withArrow>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('services.editLabel', { name: service.name })}
                        onClick={() => setEditing(service)}
                      >
                        <IconPencil size={18} />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                )}
              </Table.Tr>
            )}
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
