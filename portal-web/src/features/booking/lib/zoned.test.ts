import { describe, expect, it } from 'vitest';
import { formatLocalDate, formatLocalDateTime } from './zoned';

// The shared helpers are tested in web-kit (src/zoned/zoned.test.ts); here the portal's wording.
describe('portal dates on the location’s clock', () => {
  it('words a date without its year, and a date and time with a comma before the time', () => {
    expect(formatLocalDate('2026-11-25', 'en')).toBe('Wed, Nov 25');
    expect(formatLocalDateTime('2026-11-25T09:00:00Z', 'Europe/Istanbul', 'en')).toBe(
      'Wed, Nov 25, 2026, 12:00',
    );
  });
});
