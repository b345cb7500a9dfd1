import { describe, expect, it } from 'vitest';
import { formatLocalDate } from './format';

describe('formatLocalDate', () => {
  it('writes the day out in the reader’s language', () => {
    expect(formatLocalDate('1994-05-17', 'tr')).toBe('17 Mayıs 1994');
    expect(formatLocalDate('1994-05-17', 'en')).toBe('May 17, 1994');
  });

  it('keeps the first and last day of a year on their own day and year', () => {
    expect(formatLocalDate('2000-01-01', 'tr')).toBe('1 Ocak 2000');
    expect(formatLocalDate('1999-12-31', 'en')).toBe('December 31, 1999');
  });

  it('shows what it cannot read as it is', () => {
    expect(formatLocalDate('17.05.1994', 'tr')).toBe('17.05.1994');
  });
});
