import { describe, expect, it } from 'vitest';
import { amountToMinor, currencySymbol, formatMoney, minorDigits, minorToAmount } from './money';

describe('money in minor units', () => {
  it('knows the minor digits of a currency', () => {
    expect(minorDigits('TRY')).toBe(2);
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it.each<[number | string, string, number | null]>([
    [4500, 'TRY', 450000],
    [19.99, 'EUR', 1999],
    [0.29, 'EUR', 29],
    ['65,5', 'EUR', 6550],
    ['12.', 'TRY', 1200],
    [1500, 'JPY', 1500],
    [1500.5, 'JPY', null],
    [1.234, 'KWD', 1234],
    [19.999, 'EUR', null],
    ['', 'EUR', null],
  ])('%s %s is %s minor units', (value, currency, expected) => {
    expect(amountToMinor(value, currency)).toBe(expected);
  });

  it('shows minor units as the amount typed, and back without loss', () => {
    expect(minorToAmount(450000, 'TRY')).toBe(4500);
    expect(minorToAmount(1999, 'EUR')).toBe(19.99);
    expect(minorToAmount(1500, 'JPY')).toBe(1500);
    expect(amountToMinor(minorToAmount(435, 'EUR'), 'EUR')).toBe(435);
  });

  it('formats in the reader’s language', () => {
    expect(formatMoney(450000, 'TRY', 'tr')).toBe('₺4.500,00');
    expect(formatMoney(6550, 'EUR', 'en')).toBe('€65.50');
    expect(currencySymbol('TRY', 'tr')).toBe('₺');
    expect(currencySymbol('EUR', 'en')).toBe('€');
  });
});
