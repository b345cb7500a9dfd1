import { describe, expect, it } from 'vitest';
import { formatZonedRange, instantToWallClock, todayAt, wallClockToInstant } from './wallClock';

describe("a location's wall clock", () => {
  it('turns a picked time into the instant at the location, and back', () => {
    expect(wallClockToInstant('2026-06-01 13:00:00', 'Europe/Istanbul')).toBe(
      '2026-06-01T10:00:00.000Z',
    );
    expect(wallClockToInstant('2026-01-10 13:00', 'Europe/Madrid')).toBe(
      '2026-01-10T12:00:00.000Z',
    );
    expect(instantToWallClock('2026-06-01T10:00:00.000Z', 'Europe/Madrid')).toBe(
      '2026-06-01 12:00:00',
    );
    expect(wallClockToInstant('soon', 'Europe/Madrid')).toBeNull();
  });

  it("gives the location's today, not the browser's", () => {
    const lateEvening = new Date('2026-06-01T22:30:00.000Z');
    expect(todayAt('Europe/Istanbul', lateEvening)).toBe('2026-06-02');
    expect(todayAt('America/Los_Angeles', lateEvening)).toBe('2026-06-01');
  });

  it('writes a range within a day once', () => {
    expect(
      formatZonedRange('2026-06-03T13:00:00Z', '2026-06-03T15:00:00Z', 'Europe/Madrid', 'en-GB'),
    ).toBe('Wed 3 Jun, 15:00–17:00');
  });
});
