import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, formatCode, isCodeShape, newVoucherCode, normalizeCode } from './codes.js';
import {
  allocate,
  packageStatus,
  unitsOfBooking,
  unitsOfItem,
  valueOfUse,
  voucherStatus,
} from './rules.js';

const NOW = new Date('2026-06-15T08:00:00Z');
const later = new Date('2026-07-01T00:00:00Z');
const earlier = new Date('2026-06-01T00:00:00Z');

describe('units', () => {
  it.each([
    ['LESSON', 5, 120, 600],
    ['LESSON', 10, 60, 600],
    ['RENTAL', 3, 60, 3],
    ['ACCOMMODATION', 2, 1440, 2],
  ] as const)('%s × %i of %i minutes holds %i units', (kind, quantity, duration, units) => {
    expect(unitsOfItem(kind, quantity, duration)).toBe(units);
  });

  it('takes a lesson’s length in minutes and one session of anything else', () => {
    const start = new Date('2026-06-15T14:00:00Z');
    expect(unitsOfBooking('LESSON', start, new Date('2026-06-15T15:30:00Z'))).toBe(90);
    expect(unitsOfBooking('RENTAL', start, new Date('2026-06-15T22:00:00Z'))).toBe(1);
  });
});

describe('allocate', () => {
  it.each([
    [10_001, [1], [10_001]],
    [10_000, [3, 1], [7_500, 2_500]],
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [0, 0], [5, 5]],
    [0, [5, 7], [0, 0]],
    [65_000, [80_000, 6_000], [60_465, 4_535]],
  ])('splits %i over %j as %j, summing exactly', (total, weights, expected) => {
    const parts = allocate(total, weights);
    expect(parts).toEqual(expected);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('valueOfUse', () => {
  it('recognises cumulatively so uses of an item sum to its value exactly', () => {
    for (const [value, units, step] of [
      [10_001, 360, 120],
      [5, 8, 1],
      [65_000, 600, 90],
      [1, 3, 1],
    ] as const) {
      let used = 0;
      let recognised = 0;
      const uses: number[] = [];
      while (used < units) {
        const use = Math.min(step, units - used);
        const v = valueOfUse({
          valueMinor: value,
          units,
          usedUnits: used,
          recognisedMinor: recognised,
          useUnits: use,
        });
        expect(v).toBeGreaterThanOrEqual(0);
        uses.push(v);
        used += use;
        recognised += v;
      }
      expect(recognised).toBe(value);
    }
  });

  it('gives a 120-minute lesson of a €650 ten-hour course €130', () => {
    expect(
      valueOfUse({
        valueMinor: 65_000,
        units: 600,
        usedUnits: 0,
        recognisedMinor: 0,
        useUnits: 120,
      }),
    ).toBe(13_000);
  });
});

describe('status', () => {
  it.each([
    [{ holderId: 'c', expiresAt: later, expiredAt: null }, 60, 'ACTIVE'],
    [{ holderId: 'c', expiresAt: later, expiredAt: null }, 0, 'USED_UP'],
    [{ holderId: 'c', expiresAt: earlier, expiredAt: null }, 60, 'EXPIRED'],
    [{ holderId: 'c', expiresAt: NOW, expiredAt: null }, 60, 'EXPIRED'],
    [{ holderId: 'c', expiresAt: later, expiredAt: earlier }, 60, 'EXPIRED'],
    [{ holderId: null, expiresAt: null, expiredAt: null }, 60, 'AWAITING_REDEMPTION'],
    [{ holderId: null, expiresAt: null, expiredAt: earlier }, 60, 'EXPIRED'],
  ] as const)('%j with %i left is %s', (pkg, left, status) => {
    expect(packageStatus(pkg, left, NOW)).toBe(status);
  });

  it('reads a voucher as redeemed, expired or active', () => {
    expect(voucherStatus({ redeemedAt: earlier, expiresAt: earlier, expiredAt: null }, NOW)).toBe(
      'REDEEMED',
    );
    expect(voucherStatus({ redeemedAt: null, expiresAt: earlier, expiredAt: null }, NOW)).toBe(
      'EXPIRED',
    );
    expect(voucherStatus({ redeemedAt: null, expiresAt: null, expiredAt: null }, NOW)).toBe(
      'ACTIVE',
    );
  });
});

describe('voucher codes', () => {
  it('makes 12 characters of the unambiguous alphabet, distinct each time', () => {
    const codes = new Set(Array.from({ length: 500 }, newVoucherCode));
    expect(codes.size).toBe(500);
    for (const code of codes) {
      expect(code).toHaveLength(12);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
      expect(isCodeShape(code)).toBe(true);
    }
  });

  it('matches what people type: case, spaces, dashes and look-alike letters', () => {
    expect(formatCode('7KQ2M9XD4TRW')).toBe('7KQ2-M9XD-4TRW');
    expect(normalizeCode(' 7kq2-m9xd 4trw ')).toBe('7KQ2M9XD4TRW');
    expect(normalizeCode('OOIL')).toBe('0011');
    expect(isCodeShape(normalizeCode('hello'))).toBe(false);
    expect(isCodeShape('UUUUUUUUUUUU')).toBe(false);
  });
});
