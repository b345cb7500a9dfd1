import { Badge, Group, Text } from '@mantine/core';
import { IconGift } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CatalogPackageFieldsFragment } from '../../../gql/graphql';

/** A package's name with its gift badge, as both list views show it. */
export function PackageName({ pkg }: { pkg: Pick<CatalogPackageFieldsFragment, 'name' | 'gift'> }) {
  const { t } = useTranslation('catalog');
  return (
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
  );
}

/** One line per item: "5 × Private kite lesson". */
export function PackageItemLines({ pkg }: { pkg: Pick<CatalogPackageFieldsFragment, 'items'> }) {
  const { t } = useTranslation('catalog');
  return pkg.items.map((item, i) => (
    <Text key={item.service?.id ?? i} fz="sm">
      {t('packages.itemLine', {
        count: item.quantity,
        name: item.service?.name ?? t('packages.unknownService'),
      })}
    </Text>
  ));
}
