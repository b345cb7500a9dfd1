import { ActionIcon, Badge, Switch, Table, Text, Tooltip } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { serviceFormatKey } from '../display';
import { formatMinutes } from '../format';
import { formatMoney } from '../money';
import { KIND_COLORS, type ServicesViewProps } from './viewProps';

/** The desk view of a location's services: one row each, on sale and edit at the end. */
export function ServicesTable({
  services,
  loading,
  canEdit,
  onEdit,
  onSetActive,
}: ServicesViewProps) {
  const { t } = useTranslation('catalog');
  const language = useCurrentLanguage();
  return (
    <DataTable
      minWidth={960}
      highlightOnHover={!loading}
      skeletonRows={6}
      loading={loading}
      rows={services}
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
              {t(serviceFormatKey(service))}
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
              onChange={(event) => onSetActive(service, event.currentTarget.checked)}
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
                  onClick={() => onEdit(service)}
                >
                  <IconPencil size={18} />
                </ActionIcon>
              </Tooltip>
            </Table.Td>
          )}
        </Table.Tr>
      )}
    />
  );
}
