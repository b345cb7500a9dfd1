import { addDays, instantAt, localDateOf, todayIn } from '@plannivo/web-kit/zoned';

export const DEPOSIT_METHODS = ['NONE', 'CASH', 'CARD', 'ID_DOCUMENT'] as const;
export type DepositMethodChoice = (typeof DEPOSIT_METHODS)[number];

/** The quick due times the desk offers: hours from now, or closing time today. */
export const DUE_PRESETS = ['1h', '2h', '4h', 'endOfDay', 'tomorrow'] as const;
export type DuePreset = (typeof DUE_PRESETS)[number];

/**
 * The instant a preset means at the location: 1, 2 or 4 hours from now; 19:00 today there
 * (or in two hours when that has passed); 10:00 tomorrow.
 */
export function dueOfPreset(preset: DuePreset, zone: string, now: Date): string {
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();
  switch (preset) {
    case '1h':
      return hours(1);
    case '2h':
      return hours(2);
    case '4h':
      return hours(4);
    case 'endOfDay': {
      const evening = instantAt(todayIn(zone, now), '19:00', zone);
      return new Date(evening) > new Date(now.getTime() + 30 * 60_000) ? evening : hours(2);
    }
    case 'tomorrow':
      return instantAt(addDays(todayIn(zone, now), 1), '10:00', zone);
  }
}

/** The local date and time (`YYYY-MM-DD`, `HH:mm`) of an instant at the location. */
export function localParts(instant: string, zone: string): { date: string; time: string } {
  const date = localDateOf(instant, zone);
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
  return { date, time };
}

/** Items whose serial number matches what was typed or scanned (case and spaces ignored). */
export function findBySerial<T extends { serialNumber?: string | null }>(
  items: readonly T[],
  typed: string,
): T | undefined {
  const key = typed.replace(/\s+/g, '').toLowerCase();
  if (!key) return undefined;
  return items.find((i) => i.serialNumber?.replace(/\s+/g, '').toLowerCase() === key);
}

/** Groups items by category, keeping the API's order (category, size, name). */
export function byCategory<T extends { category: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.category) ?? [];
    list.push(item);
    map.set(item.category, list);
  }
  return map;
}
