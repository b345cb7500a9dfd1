import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BOOKING_STATUSES, STATUS_COLOURS } from '../status';

/** What each event colour means, in the order a booking goes through them. */
export function StatusLegend({ showCancelled }: { showCancelled: boolean }) {
  const { t } = useTranslation('calendar');
  const statuses = BOOKING_STATUSES.filter((s) => showCancelled || s !== 'CANCELLED');
  return (
    <Group
      gap="md"
      component="ul"
      aria-label={t('legend')}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
    >
      {statuses.map((status) => {
        const colour = STATUS_COLOURS[status];
        return (
          <Group key={status} gap={6} component="li" wrap="nowrap">
            <span
              aria-hidden
              style={{
                display: 'inline-block',
                width: 14,
                height: 14,
                borderRadius: 4,
                background: colour.background,
                border: `1px ${status === 'PENDING' ? 'dashed' : 'solid'} ${colour.border}`,
              }}
            />
            <Text fz="sm" td={status === 'CANCELLED' ? 'line-through' : undefined} c="gray.8">
              {t(`statuses.${status}`)}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
