import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useNow } from '@plannivo/web-kit/time';
import { formatDate, formatDateTime, formatRelative } from '../lib/dates';

/**
 * An instant as a short text (`3 saat önce`, or the date), the full date and time on hover,
 * and a machine-readable `<time>`.
 */
export function InstantText({
  iso,
  mode = 'relative',
  ...props
}: { iso: string; mode?: 'relative' | 'date' } & TextProps) {
  const language = useCurrentLanguage();
  const now = useNow(60_000);
  const text = mode === 'relative' ? formatRelative(iso, now, language) : formatDate(iso, language);
  return (
    <Tooltip label={formatDateTime(iso, language)} withArrow openDelay={300}>
      <Text
        component="time"
        dateTime={iso}
        fz="sm"
        style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
        {...props}
      >
        {text}
      </Text>
    </Tooltip>
  );
}
