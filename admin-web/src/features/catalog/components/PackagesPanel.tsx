import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Stack,
  Switch,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconGift, IconPackage, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogPackageFieldsFragment } from '../../../gql/graphql';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { formatMinutes } from '../format';
import { useCatalogPackages, useCatalogServices, useSetPackageActive } from '../hooks/useCatalog';
import { formatMoney } from '../money';
import { PackageModal } from './PackageModal';

/** Lesson time in a package: the sessions of each lesson times its length. */
const lessonMinutes = (pkg: CatalogPackageFieldsFragment) =>
  pkg.items.reduce(
    (sum, item) =>
      item.service?.kind === 'LESSON' ? sum + item.quantity * item.service.durationMinutes : sum,
    0,
  );

/** A location's packages (courses, bundles, gifts) in a table; each opens in a dialog. */
export function PackagesPanel({
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
  const list = useCatalogPackages(locationId);
  const { services } = useCatalogServices(locationId);
  const { setActive } = useSetPackageActive();
  // `undefined`: closed; `null`: a new package.
  const [editing, setEditing] = useState<CatalogPackageFieldsFragment | null>();

  const toggle = async (pkg: CatalogPackageFieldsFragment, active: boolean) => {
    try {
      await setActive(pkg.id, active);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };

  const newButton = canEdit && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
      {t('packages.new')}
    </Button>
  );

  return (
    <>
      <ListPanel
        toolbar={
          <Group justify="space-between" align="center" gap="sm">
            <Text fz="sm" c="dimmed" maw={620}>
              {t('packages.help')}
            </Text>
            {newButton}
          </Group>
        }
        footer={
          !list.loading && list.error === undefined && list.packages.length > 0 ? (
            <Text fz="sm" c="dimmed">
              {t('packages.count', { count: list.packages.length })}
            </Text>
          ) : undefined
        }
      >
        <ListContent
          list={list}
          errorTitle={t('packages.errorTitle')}
          isEmpty={!list.loading && list.packages.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={<IconPackage size={26} />}
              title={t('packages.emptyTitle')}
              description={t('packages.emptyBody')}
            >
              {newButton && <EmptyState.Actions>{newButton}</EmptyState.Actions>}
            </EmptyState>
          }
        >
          <DataTable
            minWidth={900}
            highlightOnHover={!list.loading}
            skeletonRows={4}
            loading={list.loading}
            rows={list.packages}
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
                    <Group gap={6} wrap="nowrap">
                      <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {pkg.name}
                      </Text>
                      {pkg.gift && (
                        <Badge
                          variant="light"
                          color="pink"
                          radius="sm"
                          tt="none"
                          leftSection={<IconGift size={12} aria-hidden />}
                          style={{ flexShrink: 0 }}
                        >
                          {t('packages.giftBadge')}
                        </Badge>
                      )}
                    </Group>
                    {pkg.description && (
                      <Text fz="xs" c="dimmed" lineClamp={1}>
                        {pkg.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {pkg.items.map((item, i) => (
                        <Text key={item.service?.id ?? i} fz="sm">
                          {t('packages.itemLine', {
                            count: item.quantity,
                            name: item.service?.name ?? t('packages.unknownService'),
                          })}
                        </Text>
                      ))}
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
                      onChange={(event) => void toggle(pkg, event.currentTarget.checked)}
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
                          onClick={() => setEditing(pkg)}
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
        </ListContent>
      </ListPanel>
      {editing !== undefined && (
        <PackageModal
          key={editing?.id ?? 'new'}
          opened
          pkg={editing}
          services={services}
          locationId={locationId}
          currency={currency}
          onClose={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
