import { describe, expect, it } from 'vitest';
import { formatLastActive, formatSessionDate, isActiveNow } from './sessionTime';

const now = new Date('2026-07-03T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('formatLastActive', () => {
  it.each<[string, number, string, string]>([
    ['this very second', 0, 'now', 'şimdi'],
    ['59 seconds ago', 59, 'now', 'şimdi'],
    ['exactly a minute ago', 60, '1 minute ago', '1 dakika önce'],
    ['59 minutes 59 seconds ago', 3599, '59 minutes ago', '59 dakika önce'],
    ['exactly an hour ago', 3600, '1 hour ago', '1 saat önce'],
    ['23 hours ago', 23 * 3600 + 59 * 60, '23 hours ago', '23 saat önce'],
    ['exactly a day ago', 86_400, 'yesterday', 'dün'],
    ['29 days ago', 29 * 86_400, '29 days ago', '29 gün önce'],
  ])('%s', (_name, seconds, english, turkish) => {
    expect(formatLastActive(ago(seconds), now, 'en', 'UTC')).toBe(english);
    expect(formatLastActive(ago(seconds), now, 'tr', 'UTC')).toBe(turkish);
  });

  it('shows the date from 30 days on', () => {
    expect(formatLastActive(ago(30 * 86_400), now, 'en', 'UTC')).toBe('Jun 3, 2026, 12:00 PM');
  });

  it('counts a moment in the future (another clock) as now', () => {
    expect(formatLastActive(ago(-5), now, 'en', 'UTC')).toBe('now');
  });

  it('returns anything unparsable as it came', () => {
    expect(formatLastActive('not a date', now, 'en', 'UTC')).toBe('not a date');
  });
});

describe('formatSessionDate', () => {
  it('uses the language and the given time zone', () => {
    expect(formatSessionDate('2026-07-03T11:05:00Z', 'en', 'UTC')).toBe('Jul 3, 2026, 11:05 AM');
    expect(formatSessionDate('2026-07-03T11:05:00Z', 'tr', 'Europe/Istanbul')).toBe(
      '3 Tem 2026 14:05',
    );
  });
});

describe('isActiveNow', () => {
  it.each<[number, boolean]>([
    [0, true],
    [59, true],
    [60, false],
  ])('%i seconds ago: %s', (seconds, expected) => {
    expect(isActiveNow(ago(seconds), now)).toBe(expected);
  });

  it('is false for anything unparsable', () => {
    expect(isActiveNow('', now)).toBe(false);
  });
});
