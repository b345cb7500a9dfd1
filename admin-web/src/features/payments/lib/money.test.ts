import { describe, expect, it } from 'vitest';
import { amountToMinor, minorToAmount, newIdempotencyKey, numberSeparators } from './money';

describe('amounts in major units', () => {
  it('turns typed amounts into minor units with the ISO 4217 exponent', () => {
    expect(amountToMinor(12.5, 'EUR')).toBe(1250);
    expect(amountToMinor('12,5', 'TRY')).toBe(1250);
    expect(amountToMinor(1500, 'JPY')).toBe(1500);
    expect(amountToMinor('1.25', 'JPY')).toBeNull();
    expect(amountToMinor('1.250', 'KWD')).toBe(1250);
    expect(amountToMinor(0.29, 'EUR')).toBe(29);
    expect(amountToMinor('', 'EUR')).toBeNull();
    expect(amountToMinor('12.345', 'EUR')).toBeNull();
  });

  it('shows minor units back as the number typed', () => {
    expect(minorToAmount(125050, 'TRY')).toBe(1250.5);
    expect(minorToAmount(1500, 'JPY')).toBe(1500);
    expect(minorToAmount(1250, 'KWD')).toBe(1.25);
  });

  it('uses the separators of the language', () => {
    expect(numberSeparators('tr')).toEqual({ decimalSeparator: ',', thousandSeparator: '.' });
    expect(numberSeparators('en')).toEqual({ decimalSeparator: '.', thousandSeparator: ',' });
  });

  it('makes a new version 4 UUID for each attempt', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});
