import { Group, Stack, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { lessonMinutes } from '../display';
import { formatMinutes } from '../format';
import { formatMoney } from '../money';
import { PhoneFacts, PhoneListSkeleton, PhoneRowActions } from './CatalogRowParts';
import { PackageItemLines, PackageName } from './PackageName';
import type { PackagesViewProps } from './viewProps';

/** The phone view of a location's packages: one block each, stacked, no sideways scroll. */
export function PackagesList({
  packages,
  loading,
  canEdit,
  onEdit,
  onSetActive,
}: PackagesViewProps) {
  const { t } = useTranslation('catalog');
  const language = useCurrentLanguage();
  if (loading) return <PhoneListSkeleton items={4} />;

  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {packages.map((pkg, i) => {
        const minutes = lessonMinutes(pkg);
        return (
          <li key={pkg.id} style={{ borderTop: i ? rowBorder : undefined }}>
            <Stack gap="sm" p="md" style={{ opacity: pkg.active ? 1 : 0.6 }}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={2} miw={0} style={{ flex: 1 }}>
                  <PackageName pkg={pkg} />
                  {pkg.description && (
                    <Text fz="xs" c="dimmed" lineClamp={2}>
                      {pkg.description}
                    </Text>
                  )}
                </Stack>
                <Text
                  fz="sm"
                  fw={600}
                  style={{ fontVariantNumeric: 'tabular-nums', flexShrink: 0 }}
                >
                  {formatMoney(pkg.price.amountMinor, pkg.price.currency, language)}
                </Text>
              </Group>
              <Stack gap={2} aria-label={t('columns.contents')} role="group">
                <PackageItemLines pkg={pkg} />
              </Stack>
              <PhoneFacts
                facts={[
                  [t('columns.lessonTime'), minutes > 0 ? formatMinutes(minutes, t) : '—'],
                  [t('columns.validity'), t('packages.days', { count: pkg.validityDays })],
                ]}
              />
              <PhoneRowActions
                active={pkg.active}
                canEdit={canEdit}
                onSaleText={t('columns.onSale')}
                onSaleLabel={t('packages.onSaleLabel', { name: pkg.name })}
                editText={t('packages.edit')}
                editLabel={t('packages.editLabel', { name: pkg.name })}
                onSetActive={(active) => onSetActive(pkg, active)}
                onEdit={() => onEdit(pkg)}
              />
            </Stack>
          </li>
        );
      })}
    </Stack>
  );
}
