import type { TFunction } from 'i18next';

/** 120 → "2 h", 90 → "1 h 30 min", 45 → "45 min" in the reader's language. */
export function formatMinutes(minutes: number, t: TFunction<'catalog'>): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('duration.minutes', { count: rest });
  if (rest === 0) return t('duration.hours', { count: hours });
  return t('duration.hoursMinutes', { hours, minutes: rest });
}
