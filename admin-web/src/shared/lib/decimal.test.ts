import { describe, expect, it } from 'vitest';
import { fromScaledInteger, toScaledInteger } from './decimal';

describe('toScaledInteger', () => {
  it.each<[number | string, number, number | null]>([
    [19.99, 2, 1999],
    [0.29, 2, 29], // 0.29 * 100 = 28.999999999999996
    [1.1, 2, 110], // 1.1 * 100 = 110.00000000000001
    [18.05, 2, 1805],
    [4.35, 2, 435], // 4.35 * 100 = 434.99999999999994
    [1234567.89, 2, 123456789],
    [1500, 2, 150000],
    [0, 2, 0],
    [0.01, 2, 1],
    [1500, 0, 1500], // JPY: no minor digits
    [1.5, 0, null],
    [19.999, 2, null], // more digits than the currency has: refused, not rounded
    ['19.99', 2, 1999],
    ['19,99', 2, 1999],
    ['12.', 2, 1200],
    ['.5', 2, 50],
    [' 7 ', 2, 700],
    ['-3.5', 2, -350],
    ['', 2, null],
    ['.', 2, null],
    ['abc', 2, null],
    ['1.2.3', 2, null],
    ['1.234', 2, null],
    [Number.NaN, 2, null],
    [Number.POSITIVE_INFINITY, 2, null],
    [1e16, 2, null],
  ])('%s with %i digits is %s', (value, digits, expected) => {
    expect(toScaledInteger(value, digits)).toBe(expected);
  });

  it('round-trips every amount of cents up to 10,000.00 exactly', () => {
    for (let minor = 0; minor <= 1_000_000; minor += 1) {
      if (toScaledInteger(fromScaledInteger(minor, 2), 2) !== minor) {
        throw new Error(`${minor} did not survive the round trip`);
      }
    }
  });
});

describe('fromScaledInteger', () => {
  it.each([
    [1999, 2, 19.99],
    [29, 2, 0.29],
    [2000, 2, 20],
    [1500, 0, 1500],
    [1, 3, 0.001],
  ])('%i with %i digits is %s', (value, digits, expected) => {
    expect(fromScaledInteger(value, digits)).toBe(expected);
  });
});
