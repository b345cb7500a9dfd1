import { describe, expect, it } from 'vitest';
import { convertMinor, rateUnits } from './fx.js';

describe('currency conversion (exact decimals, ISO 4217 exponents)', () => {
  it.each([
    // amount (minor), from, to, rate, inverse, expected (minor)
    [10_000, 'EUR', 'TRY', '38.25', false, 382_500], // €100.00 → ₺3,825.00
    [382_500, 'TRY', 'EUR', '38.25', true, 10_000], // the same rate read the other way
    [1_000, 'JPY', 'EUR', '0.00616', false, 616], // ¥1,000 (no minor unit) → €6.16
    [616, 'EUR', 'JPY', '162.5', false, 1_001], // €6.16 → ¥1,001 (1,001.0)
    [10_000, 'KWD', 'EUR', '2.98', false, 2_980], // KWD 10.000 (three digits) → €29.80
    [2_980, 'EUR', 'KWD', '2.98', true, 10_000], // and back
    [1, 'EUR', 'TRY', '38.25', false, 38], // €0.01 → ₺0.3825, rounds to ₺0.38
    [3, 'TRY', 'EUR', '38.25', true, 0], // ₺0.03 is less than half a cent
    [10_000, 'EUR', 'CLF', '0.0025', false, 2_500], // €100.00 → CLF 0.2500 (four digits)
  ])('%i %s → %s at %s (inverse %s) = %i', (amount, from, to, rate, inverse, expected) => {
    expect(convertMinor(amount, from, to, rate, inverse)).toBe(expected);
  });

  it('reads rates as exact counts of 10⁻⁸', () => {
    expect(rateUnits('38.25')).toBe(3_825_000_000n);
    expect(rateUnits('0.00000001')).toBe(1n);
    expect(rateUnits('1')).toBe(100_000_000n);
  });
});
