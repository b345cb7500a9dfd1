import { useNow } from './useNow';
import { useCurrentLanguage } from '../locale/hooks/useCurrentLanguage';
import { formatLocalTime } from './localTime';

export function LocalTime({
  timeZone,
  options,
}: {
  timeZone: string;
  options?: Intl.DateTimeFormatOptions;
}) {
  const now = useNow();
  const language = useCurrentLanguage();
  const text = formatLocalTime(now, timeZone, language, options);
  return <time dateTime={now.toISOString()}>{text ?? '—'}</time>;
}
