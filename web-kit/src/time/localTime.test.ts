import { describe, expect, it } from 'vitest';
import { formatLocalTime, formatUtcOffset } from './localTime';

// 2026-07-01 09:30 UTC: 12:30 in Istanbul (UTC+3 all year), 11:30 in Tarifa (CEST).
const instant = new Date('2026-07-01T09:30:00Z');
const timeOnly: Intl.DateTimeFormatOptions = {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

describe('formatLocalTime', () => {
  it('shows the time of the location, not of the browser', () => {
    expect(formatLocalTime(instant, 'Europe/Istanbul', 'tr', timeOnly)).toBe('12:30');
    expect(formatLocalTime(instant, 'Europe/Madrid', 'en', timeOnly)).toBe('11:30');
  });

  it('follows daylight saving time', () => {
    const winter = new Date('2026-01-15T09:30:00Z');
    expect(formatLocalTime(winter, 'Europe/Madrid', 'en', timeOnly)).toBe('10:30');
  });

  it('uses the UI language for names', () => {
    const weekday: Intl.DateTimeFormatOptions = { weekday: 'long' };
    expect(formatLocalTime(instant, 'Europe/Istanbul', 'tr', weekday)).toBe('Çarşamba');
    expect(formatLocalTime(instant, 'Europe/Istanbul', 'en', weekday)).toBe('Wednesday');
  });

  it('returns undefined for an unknown time zone', () => {
    expect(formatLocalTime(instant, 'Mars/Olympus_Mons', 'en')).toBeUndefined();
  });
});

describe('formatUtcOffset', () => {
  it('names the offset', () => {
    expect(formatUtcOffset(instant, 'Europe/Istanbul', 'en')).toBe('GMT+3');
    expect(formatUtcOffset(instant, 'Mars/Olympus_Mons', 'en')).toBeUndefined();
  });
});
