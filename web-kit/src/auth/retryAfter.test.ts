import { describe, expect, it } from 'vitest';
import { formatRetryAfter } from './retryAfter';

describe('formatRetryAfter', () => {
  it.each([
    [0, 'en', 'in 1 second'],
    [1, 'en', 'in 1 second'],
    [59, 'en', 'in 59 seconds'],
    [60, 'en', 'in 1 minute'],
    [61, 'en', 'in 2 minutes'],
    [900, 'en', 'in 15 minutes'],
    [3599, 'en', 'in 60 minutes'],
    [3600, 'en', 'in 1 hour'],
    [5400, 'en', 'in 2 hours'],
    [30, 'tr', '30 saniye sonra'],
    [900, 'tr', '15 dakika sonra'],
  ])('%i s in %s → %s', (seconds, language, expected) => {
    expect(formatRetryAfter(seconds, language)).toBe(expected);
  });
});
