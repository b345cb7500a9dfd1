import { describe, expect, it } from 'vitest';
import { humanizeCategory, isKnownCategory, sizesByCategory } from './gear';

describe('equipment categories', () => {
  it('knows the categories it has words for', () => {
    expect(isKnownCategory('KITE')).toBe(true);
    expect(isKnownCategory('BOAT')).toBe(true);
    expect(isKnownCategory('KITE_PUMP')).toBe(false);
  });

  it('humanises an unknown category key', () => {
    expect(humanizeCategory('KITE_PUMP')).toBe('Kite pump');
    expect(humanizeCategory('TANK')).toBe('Tank');
  });

  it('lists the stocked sizes per category once each, in the API’s order', () => {
    const sizes = sizesByCategory([
      { category: 'KITE', size: '9m' },
      { category: 'KITE', size: '12m' },
      { category: 'KITE', size: '9m' },
      { category: 'BOAT', size: null },
      { category: 'HARNESS', size: 'M' },
    ]);
    expect([...sizes]).toEqual([
      ['KITE', ['9m', '12m']],
      ['HARNESS', ['M']],
    ]);
  });
});
