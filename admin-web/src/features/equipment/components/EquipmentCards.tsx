import { Box, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { formatHours } from '../format';
import { StatusBadge, useCategoryLabel } from './labels';
import { equipmentPath, type EquipmentViewProps } from './viewProps';

const SKELETON_ITEMS = 6;

/** The phone view: one tappable card per item, stacked, opening its page. */
export function EquipmentCards({ items, loading }: EquipmentViewProps) {
  const { t } = useTranslation('equipment');
  const language = useCurrentLanguage();
  const categoryLabel = useCategoryLabel();
  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: SKELETON_ITEMS }, (_, i) => (
          <Stack key={i} gap={8} p="md" style={{ borderTop: i ? rowBorder : undefined }}>
            <Skeleton height={14} width="55%" radius="sm" />
            <Skeleton height={10} width="75%" radius="sm" />
            <Skeleton height={18} width={90} radius="sm" />
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, i) => {
        const facts = [
          categoryLabel(item.category),
          item.size,
          [item.brand, item.model].filter(Boolean).join(' '),
        ].filter(Boolean);
        return (
          <Box component="li" key={item.id} style={{ borderTop: i ? rowBorder : undefined }}>
            <UnstyledButton component={Link} to={equipmentPath(item.id)} p="md" w="100%">
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={4} miw={0}>
                  <Text fz="sm" fw={600} truncate="end">
                    {item.name}
                  </Text>
                  <Text fz="xs" c="dimmed" truncate="end">
                    {facts.join(' · ')}
                  </Text>
                  <Group gap="xs">
                    <StatusBadge status={item.status} size="sm" />
                    {item.usageHours !== null && item.usageHours !== undefined && (
                      <Text fz="xs" c="dimmed">
                        {t('hours', { hours: formatHours(item.usageHours, language) })}
                      </Text>
                    )}
                    {item.serialNumber && (
                      <Text fz="xs" c="dimmed" ff="monospace">
                        {item.serialNumber}
                      </Text>
                    )}
                  </Group>
                </Stack>
                <IconChevronRight size={18} aria-hidden color="var(--mantine-color-dimmed)" />
              </Group>
            </UnstyledButton>
          </Box>
        );
      })}
    </Stack>
  );
}
