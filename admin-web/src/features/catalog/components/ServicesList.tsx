import { Badge, Group, Stack, Text } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { serviceFormatKey } from '../display';
import { formatMinutes } from '../format';
import { formatMoney } from '../money';
import { PhoneFacts, PhoneListSkeleton, PhoneRowActions } from './CatalogRowParts';
import { KIND_COLORS, type ServicesViewProps } from './viewProps';

/** The phone view of a location's services: one block each, stacked, no sideways scroll. */
export function ServicesList({
  services,
  loading,
  canEdit,
  onEdit,
  onSetActive,
}: ServicesViewProps) {
  const { t } = useTranslation('catalog');
  const language = useCurrentLanguage();
  if (loading) return <PhoneListSkeleton items={6} />;

  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {services.map((service, i) => (
        <li key={service.id} style={{ borderTop: i ? rowBorder : undefined }}>
          <Stack gap="sm" p="md" style={{ opacity: service.active ? 1 : 0.6 }}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap={2} miw={0} style={{ flex: 1 }}>
                <Text fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {service.name}
                </Text>
                {service.description && (
                  <Text fz="xs" c="dimmed" lineClamp={2}>
                    {service.description}
                  </Text>
                )}
              </Stack>
              <Text fz="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums', flexShrink: 0 }}>
                {formatMoney(service.price.amountMinor, service.price.currency, language)}
              </Text>
            </Group>
            <Group gap={8}>
              <Badge variant="light" color={KIND_COLORS[service.kind]} radius="sm" tt="none">
                {t(`kinds.${service.kind}`)}
              </Badge>
              <Text fz="xs" c="dimmed">
                {t(serviceFormatKey(service))}
              </Text>
            </Group>
            <PhoneFacts
              facts={[
                [
                  t('columns.discipline'),
                  service.discipline ? t(`disciplines.${service.discipline}`) : '—',
                ],
                [
                  t('columns.duration'),
                  service.kind === 'ACCOMMODATION'
                    ? t('oneNight')
                    : formatMinutes(service.durationMinutes, t),
                ],
                [t('columns.capacity'), service.capacity],
                [
                  t('columns.level'),
                  service.requiredLevel ? t(`levels.${service.requiredLevel}`) : t('anyLevel'),
                ],
              ]}
            />
            <PhoneRowActions
              active={service.active}
              canEdit={canEdit}
              onSaleText={t('columns.onSale')}
              onSaleLabel={t('services.onSaleLabel', { name: service.name })}
              editText={t('services.edit')}
              editLabel={t('services.editLabel', { name: service.name })}
              onSetActive={(active) => onSetActive(service, active)}
              onEdit={() => onEdit(service)}
            />
          </Stack>
        </li>
      ))}
    </Stack>
  );
}
