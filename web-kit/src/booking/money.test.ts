import { describe, expect, it } from 'vitest';
import { bookingTotal, formatMoney, minorDigits } from './money';

describe('booking price before booking', () => {
  it('multiplies the unit price by participants and days in minor units', () => {
    expect(bookingTotal({ amountMinor: 17000, currency: 'EUR' }, 2)).toEqual({
      amountMinor: 34000,
      currency: 'EUR',
    });
    expect(bookingTotal({ amountMinor: 4510, currency: 'EUR' }, 3, 5).amountMinor).toBe(67650);
    expect(bookingTotal({ amountMinor: 100, currency: 'EUR' }, 0).amountMinor).toBe(100);
  });

  it('formats minor units by the currency’s digits in the UI language', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(formatMoney({ amountMinor: 34000, currency: 'EUR' }, 'en')).toBe('€340.00');
    expect(formatMoney({ amountMinor: 450000, currency: 'TRY' }, 'tr')).toBe('₺4.500,00');
    expect(formatMoney({ amountMinor: 1200, currency: 'JPY' }, 'en')).toBe('¥1,200');
  });
});

describe('minor units from the ISO 4217 table', () => {
  it('use each currency’s exponent: JPY 0, EUR and TRY 2, KWD 3, CLF 4', () => {
    expect(['JPY', 'EUR', 'TRY', 'KWD', 'BHD', 'CLF'].map(minorDigits)).toEqual([0, 2, 2, 3, 3, 4]);
    expect(formatMoney({ amountMinor: 12_345, currency: 'KWD' }, 'en')).toMatch(/^KWD\s12\.345$/);
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  });
});
