import { Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SHOWN = 2;

/** Where someone works: the first two location names and "+N" for the rest (all on hover). */
export function LocationNames({
  locations,
  emptyLabel,
}: {
  locations: readonly { id: string; name: string }[];
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  if (locations.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {emptyLabel ?? t('locationList.none')}
      </Text>
    );
  }
  const names = locations.map((location) => location.name);
  const rest = names.length - SHOWN;
  return (
    <Tooltip label={names.join(', ')} withArrow disabled={rest <= 0} multiline maw={280}>
      <Group gap={6} wrap="nowrap" miw={0}>
        <Text fz="sm" truncate="end">
          {names.slice(0, SHOWN).join(', ')}
        </Text>
        {rest > 0 && (
          <Text fz="xs" c="dimmed" fw={600} style={{ flexShrink: 0 }}>
            {t('locationList.more', { count: rest })}
          </Text>
        )}
      </Group>
    </Tooltip>
  );
}
