import { currencyExponent, isCurrencyCode } from '@plannivo/schema/currencies';
import { describe, expect, it } from 'vitest';
import { isCurrency } from '../locations/service.js';
import { formatMoney, minorDigits } from './format.js';

describe('currency minor units (ISO 4217 table)', () => {
  it('gives each currency its exponent, not a guess: JPY 0, EUR 2, KWD 3, CLF 4', () => {
    expect(
      ['JPY', 'KRW', 'ISK', 'EUR', 'TRY', 'IDR', 'HUF', 'KWD', 'TND', 'CLF'].map(minorDigits),
    ).toEqual([0, 0, 0, 2, 2, 2, 2, 3, 3, 4]);
    expect(currencyExponent('KWD')).toBe(3);
    expect(() => currencyExponent('XYZ')).toThrow(RangeError);
  });

  it('formats amounts with exactly those digits', () => {
    expect(formatMoney(12_345, 'KWD', 'en')).toMatch(/12\.345/);
    expect(formatMoney(1500, 'JPY', 'en')).toMatch(/1,500$/);
    expect(formatMoney(150_000, 'TRY', 'tr')).toBe('₺1.500,00');
    // CLDR shows whole forints and rupiahs; ISO 4217 still counts two minor digits.
    expect(formatMoney(123_456, 'HUF', 'en')).toMatch(/1,234\.56/);
    expect(formatMoney(123_456, 'IDR', 'en')).toMatch(/1,234\.56/);
  });

  it('lets locations take only active ISO 4217 codes', () => {
    expect(isCurrency('EUR')).toBe(true);
    expect(isCurrency('XYZ')).toBe(false);
    expect(isCurrency('eur')).toBe(false);
    // Withdrawn codes and codes without a minor unit are not money a school takes.
    expect(isCurrencyCode('DEM')).toBe(false);
    expect(isCurrencyCode('XAU')).toBe(false);
  });
});
