import { describe, expect, it } from 'vitest';
import { applicableRate, convertMinor, isValidRate } from './fx';

const rate = (base: string, quote: string, value: string, validOn: string) => ({
  base,
  quote,
  rate: value,
  validOn,
});

describe('exchange rates', () => {
  const rates = [
    rate('EUR', 'TRY', '39.10', '2026-07-05'),
    rate('EUR', 'TRY', '38.25', '2026-07-01'),
    rate('USD', 'EUR', '0.92', '2026-06-30'),
  ];

  it('picks the newest rate on or before the day, either way round', () => {
    expect(applicableRate(rates, 'EUR', 'TRY', '2026-07-03')).toEqual({
      rate: rates[1],
      inverse: false,
    });
    expect(applicableRate(rates, 'TRY', 'EUR', '2026-07-05')).toEqual({
      rate: rates[0],
      inverse: true,
    });
    expect(applicableRate(rates, 'EUR', 'TRY', '2026-06-30')).toBeNull();
    expect(applicableRate(rates, 'GBP', 'TRY', '2026-07-05')).toBeNull();
  });

  it('converts with each currency’s exponent, exactly', () => {
    expect(convertMinor(10000, 'EUR', 'TRY', '38.25')).toBe(382500);
    expect(convertMinor(1000, 'JPY', 'EUR', '0.00616')).toBe(616);
    expect(convertMinor(10000, 'KWD', 'USD', '3.0')).toBe(3000);
    expect(convertMinor(382500, 'TRY', 'EUR', '38.25', true)).toBe(10000);
    // 1 kuruş at 38.25 inverse is 0.026 cents: rounds to nothing.
    expect(convertMinor(1, 'TRY', 'EUR', '38.25', true)).toBe(0);
  });

  it('accepts the rates the API takes', () => {
    expect(isValidRate('38.25')).toBe(true);
    expect(isValidRate('0.00616')).toBe(true);
    expect(isValidRate('0')).toBe(false);
    expect(isValidRate('1.123456789')).toBe(false);
    expect(isValidRate('-2')).toBe(false);
    expect(isValidRate('38,25')).toBe(false);
  });
});
