import { describe, expect, it } from 'vitest';
import {
  formatZonedRange,
  instantToWallClock,
  isKnownTimeZone,
  wallClockToInstant,
} from './zonedTime';

describe('wall clock of a location ↔ instant', () => {
  it.each([
    // Istanbul is UTC+3 all year.
    ['2026-08-01 09:00:00', 'Europe/Istanbul', '2026-08-01T06:00:00.000Z'],
    ['2026-01-15 09:00:00', 'Europe/Istanbul', '2026-01-15T06:00:00.000Z'],
    // Tarifa follows CET/CEST.
    ['2026-08-01 09:00:00', 'Europe/Madrid', '2026-08-01T07:00:00.000Z'],
    ['2026-01-15 09:00:00', 'Europe/Madrid', '2026-01-15T08:00:00.000Z'],
    // Midnight, and a time without seconds.
    ['2026-08-02 00:00', 'Europe/Madrid', '2026-08-01T22:00:00.000Z'],
    ['2026-08-01 09:00:00', 'UTC', '2026-08-01T09:00:00.000Z'],
  ])('%s in %s is %s', (wallClock, zone, iso) => {
    expect(wallClockToInstant(wallClock, zone)).toBe(iso);
    expect(instantToWallClock(iso, zone)).toBe(
      wallClock.length === 16 ? `${wallClock}:00` : wallClock,
    );
  });

  it('handles the days the clocks change', () => {
    // 2026-03-29: Madrid skips 02:00–03:00; a skipped time lands after the gap.
    expect(wallClockToInstant('2026-03-29 01:30:00', 'Europe/Madrid')).toBe(
      '2026-03-29T00:30:00.000Z',
    );
    expect(wallClockToInstant('2026-03-29 03:30:00', 'Europe/Madrid')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(wallClockToInstant('2026-03-29 02:30:00', 'Europe/Madrid')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // 2026-10-25: 02:00–03:00 happens twice; the first one is meant.
    expect(wallClockToInstant('2026-10-25 02:30:00', 'Europe/Madrid')).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(wallClockToInstant('2026-10-25 03:30:00', 'Europe/Madrid')).toBe(
      '2026-10-25T02:30:00.000Z',
    );
  });

  it('refuses what it cannot read', () => {
    expect(wallClockToInstant('tomorrow', 'Europe/Madrid')).toBeNull();
    expect(wallClockToInstant('2026-08-01 09:00:00', 'Mars/Olympus')).toBeNull();
    expect(instantToWallClock('nope', 'Europe/Madrid')).toBeNull();
    expect(isKnownTimeZone('Europe/Istanbul')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });

  it('formats a range in the location’s time, whatever the machine’s zone', () => {
    const text = formatZonedRange(
      '2026-08-01T06:00:00.000Z',
      '2026-08-08T15:00:00.000Z',
      'Europe/Istanbul',
      'en',
    );
    expect(text).toContain('9:00');
    expect(text).toContain('6:00');
  });
});
