import { Text, Tooltip } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { formatInstantParts } from '../display';

/**
 * When it happened, in the viewer's time zone and language, as a date line over a time line;
 * the exact instant on hover.
 */
export function AuditTime({ iso }: { iso: string }) {
  const language = useCurrentLanguage();
  const { date, time } = formatInstantParts(iso, language);
  return (
    <Tooltip label={iso} withArrow openDelay={300}>
      <Text
        component="time"
        dateTime={iso}
        display="block"
        style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      >
        <Text span display="block" fz="sm" fw={500}>
          {date}
        </Text>
        <Text span display="block" fz="xs" c="dimmed">
          {time}
        </Text>
      </Text>
    </Tooltip>
  );
}
