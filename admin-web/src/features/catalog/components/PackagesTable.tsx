import { ActionIcon, Stack, Switch, Table, Text, Tooltip } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { lessonMinutes } from '../display';
import { formatMinutes } from '../format';
import { formatMoney } from '../money';
import { PackageItemLines, PackageName } from './PackageName';
import type { PackagesViewProps } from './viewProps';

/** The desk view of a location's packages: one row each, on sale and edit at the end. */
export function PackagesTable({
  packages,
  loading,
  canEdit,
  onEdit,
  onSetActive,
}: PackagesViewProps) {
  const { t } = useTranslation('catalog');
  const language = useCurrentLanguage();
  return (
    <DataTable
      minWidth={900}
      highlightOnHover={!loading}
      skeletonRows={4}
      loading={loading}
      rows={packages}
      columns={[
        { label: t('columns.name'), w: '24%', skeleton: <SkeletonLine width="70%" /> },
        { label: t('columns.contents'), skeleton: <SkeletonLine width="80%" /> },
        { label: t('columns.lessonTime'), w: 110, skeleton: <SkeletonLine width={50} /> },
        { label: t('columns.validity'), w: 110, skeleton: <SkeletonLine width={60} /> },
        { label: t('columns.price'), w: 130, skeleton: <SkeletonLine width={70} /> },
        { label: t('columns.onSale'), w: 90, skeleton: <SkeletonLine width={36} /> },
        ...(canEdit ? [{ label: t('columns.actions'), hiddenLabel: true, w: 60 }] : []),
      ]}
      renderRow={(pkg) => {
        const minutes = lessonMinutes(pkg);
        return (
          <Table.Tr key={pkg.id} style={{ opacity: pkg.active ? 1 : 0.6 }}>
            <Table.Td>
              <PackageName pkg={pkg} />
              {pkg.description && (
                <Text fz="xs" c="dimmed" lineClamp={1}>
                  {pkg.description}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <PackageItemLines pkg={pkg} />
              </Stack>
            </Table.Td>
            <Table.Td fz="sm">{minutes > 0 ? formatMinutes(minutes, t) : '—'}</Table.Td>
            <Table.Td fz="sm">{t('packages.days', { count: pkg.validityDays })}</Table.Td>
            <Table.Td fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatMoney(pkg.price.amountMinor, pkg.price.currency, language)}
            </Table.Td>
            <Table.Td>
              <Switch
                checked={pkg.active}
                onChange={(event) => onSetActive(pkg, event.currentTarget.checked)}
                disabled={!canEdit}
                aria-label={t('packages.onSaleLabel', { name: pkg.name })}
              />
            </Table.Td>
            {canEdit && (
              <Table.Td ta="right">
                <Tooltip label={t('packages.edit')} withArrow>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('packages.editLabel', { name: pkg.name })}
                    onClick={() => onEdit(pkg)}
                  >
                    <IconPencil size={18} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            )}
          </Table.Tr>
        );
      }}
    />
  );
}
