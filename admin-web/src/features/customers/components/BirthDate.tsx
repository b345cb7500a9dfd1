import { Text, type TextProps } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { formatDate } from '../../../shared/lib/dates';
import { localDate } from '../changes';

/**
 * A calendar date such as a birthday, in the viewer's language. Read in UTC: a date has no
 * time zone, and the viewer's own would move it a day back west of Greenwich.
 */
export function BirthDate({ value, ...props }: { value: unknown } & TextProps) {
  const language = useCurrentLanguage();
  const date = localDate(value);
  if (!date) return null;
  return (
    <Text component="time" dateTime={date} fz="sm" {...props}>
      {formatDate(`${date}T00:00:00Z`, language, 'UTC')}
    </Text>
  );
}
