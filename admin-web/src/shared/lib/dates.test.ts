import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRelative, isPast } from './dates';

const now = new Date('2026-07-03T12:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
const ahead = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatDate and formatDateTime', () => {
  it('show the day in the given zone and language', () => {
    expect(formatDate('2026-07-03T22:30:00.000Z', 'tr', 'Europe/Istanbul')).toBe('4 Tem 2026');
    expect(formatDate('2026-07-03T22:30:00.000Z', 'en', 'UTC')).toBe('Jul 3, 2026');
    expect(formatDateTime('2026-07-03T11:05:00.000Z', 'tr', 'Europe/Istanbul')).toBe(
      '3 Tem 2026 14:05',
    );
  });

  it('return anything unparsable as it came', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDateTime('soon', 'en')).toBe('soon');
  });
});

describe('formatRelative', () => {
  it.each([
    [ago(20), 'en', 'now'],
    [ago(59), 'en', 'now'],
    [ago(MINUTE), 'en', '1 minute ago'],
    [ago(5 * MINUTE), 'tr', '5 dakika önce'],
    [ago(HOUR), 'en', '1 hour ago'],
    [ago(3 * HOUR + 59 * MINUTE), 'en', '3 hours ago'],
    [ago(DAY), 'en', 'yesterday'],
    [ago(DAY), 'tr', 'dün'],
    [ago(3 * DAY), 'en', '3 days ago'],
    [ago(7 * DAY), 'en', '7 days ago'],
    [ago(13 * DAY), 'en', '13 days ago'],
    [ago(14 * DAY), 'en', '2 weeks ago'],
    [ago(15 * DAY), 'tr', '2 hafta önce'],
    [ahead(2 * DAY), 'en', 'in 2 days'],
    [ahead(3 * DAY), 'tr', '3 gün sonra'],
  ])('%s in %s is %j', (iso, language, text) => {
    expect(formatRelative(iso, now, language, 'UTC')).toBe(text);
  });

  it('shows the date from 30 days on', () => {
    expect(formatRelative(ago(29 * DAY), now, 'en', 'UTC')).toBe('4 weeks ago');
    expect(formatRelative(ago(30 * DAY), now, 'en', 'UTC')).toBe('Jun 3, 2026');
    expect(formatRelative(ahead(40 * DAY), now, 'tr', 'UTC')).toBe('12 Ağu 2026');
  });

  it('returns anything unparsable as it came', () => {
    expect(formatRelative('never', now, 'en')).toBe('never');
  });
});

describe('isPast', () => {
  it('compares with now, the boundary included', () => {
    expect(isPast(ago(1), now)).toBe(true);
    expect(isPast(now.toISOString(), now)).toBe(true);
    expect(isPast(ahead(1), now)).toBe(false);
    expect(isPast('never', now)).toBe(false);
  });
});
