import { Button, EmptyState, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorText } from '@plannivo/web-kit/ui';
import { IconPackage, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogPackageFieldsFragment } from '../../../gql/graphql';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { useCatalogPackages, useCatalogServices, useSetPackageActive } from '../hooks/useCatalog';
import { PackageModal } from './PackageModal';
import { PackagesList } from './PackagesList';
import { PackagesTable } from './PackagesTable';

/**
 * A location's packages (courses, bundles, gifts): a table on a desk, stacked blocks on a
 * phone; each opens in a dialog.
 */
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
  const errorMessage = useErrorText();
  const list = useCatalogPackages(locationId);
  const { services } = useCatalogServices(locationId);
  const { setActive } = useSetPackageActive();
  // A phone gets stacked blocks; the table only where it fits beside the navigation.
  const Rows = useIsDesk() ? PackagesTable : PackagesList;
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
          <Rows
            packages={list.packages}
            loading={list.loading}
            canEdit={canEdit}
            onEdit={setEditing}
            onSetActive={(pkg, active) => void toggle(pkg, active)}
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
