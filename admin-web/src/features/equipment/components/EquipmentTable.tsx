import { Anchor, Table, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { formatHours, formatLocalDate } from '../format';
import { StatusBadge, useCategoryLabel } from './labels';
import { equipmentPath, type EquipmentViewProps } from './viewProps';

const SKELETON_ROWS = 8;

/** The desk view: one row per item; the name opens its page. */
export function EquipmentTable({ items, loading }: EquipmentViewProps) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  const categoryLabel = useCategoryLabel();
  const none = '—';
  return (
    <DataTable
      minWidth={1100}
      highlightOnHover={!loading}
      skeletonRows={SKELETON_ROWS}
      loading={loading}
      rows={items}
      columns={[
        { label: t('columns.name'), w: '20%', skeleton: <SkeletonLine width="80%" /> },
        { label: t('columns.category'), w: 110, skeleton: <SkeletonLine width="70%" /> },
        { label: t('columns.size'), w: 75, skeleton: <SkeletonLine width={40} /> },
        { label: t('columns.brandModel'), skeleton: <SkeletonLine width="70%" /> },
        { label: t('columns.serial'), w: 140, skeleton: <SkeletonLine width="80%" /> },
        { label: t('columns.status'), w: 125, skeleton: <SkeletonLine height={18} width={80} /> },
        { label: t('columns.usage'), w: 115, skeleton: <SkeletonLine width={50} /> },
        { label: t('columns.purchased'), w: 115, skeleton: <SkeletonLine width="70%" /> },
      ]}
      renderRow={(item) => (
        <Table.Tr key={item.id}>
          <Table.Td>
            <Anchor component={Link} to={equipmentPath(item.id)} fz="sm" fw={600}>
              {item.name}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Text fz="sm">{categoryLabel(item.category)}</Text>
          </Table.Td>
          <Table.Td>
            <Text fz="sm">{item.size ?? none}</Text>
          </Table.Td>
          <Table.Td>
            <Text fz="sm" truncate="end">
              {[item.brand, item.model].filter(Boolean).join(' ') || none}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text fz="sm" ff="monospace" truncate="end" title={item.serialNumber ?? undefined}>
              {item.serialNumber ?? none}
            </Text>
          </Table.Td>
          <Table.Td>
            <StatusBadge status={item.status} />
          </Table.Td>
          <Table.Td>
            <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {item.usageHours === null || item.usageHours === undefined
                ? none
                : t('hours', { hours: formatHours(item.usageHours, language) })}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text fz="sm" style={{ whiteSpace: 'nowrap' }}>
              {item.purchaseDate ? formatLocalDate(item.purchaseDate, language) : none}
            </Text>
          </Table.Td>
        </Table.Tr>
      )}
    />
  );
}
