import { describe, expect, it } from 'vitest';
import {
  bestPick,
  measure,
  sizingCategories,
  withPickedSize,
  type SizingAnswer,
} from './sizingPanel';

const answer = (size: string | null, stock: Partial<SizingAnswer['stock'][number]>[]) =>
  ({
    category: 'KITE',
    size,
    rangeFrom: size,
    rangeTo: size,
    reason: { code: 'KITE_RULE' },
    stock: stock.map((s) => ({
      size: '9m',
      total: 1,
      free: null,
      inRange: true,
      suggested: false,
      ...s,
    })),
  }) as SizingAnswer;

describe('sizingCategories', () => {
  it('asks about sized categories the location stocks, the service’s usual gear first', () => {
    expect(
      sizingCategories(['KITE', 'BAR', 'WETSUIT'], ['BAR', 'BOARD', 'KITE', 'WETSUIT']),
    ).toEqual(['KITE', 'WETSUIT', 'BOARD']);
    expect(sizingCategories(['KITE'], ['BAR'])).toEqual([]);
  });
});

describe('bestPick', () => {
  it('takes the first stocked size the API lists when it can be had', () => {
    expect(
      bestPick(
        answer('9m', [
          { size: '9m', free: 2 },
          { size: '8m', free: 1 },
        ]),
      )?.size,
    ).toBe('9m');
    expect(bestPick(answer('9m', [{ size: '10m', free: null, total: 1 }]))?.size).toBe('10m');
  });

  it('offers nothing when none is free, nothing is stocked, or there is no suggestion', () => {
    expect(bestPick(answer('9m', [{ size: '9m', free: 0 }]))).toBeNull();
    expect(bestPick(answer('9m', []))).toBeNull();
    expect(bestPick(answer(null, [{ size: '9m', free: 3 }]))).toBeNull();
  });
});

describe('measure', () => {
  it('keeps positive numbers only', () => {
    expect(measure(72)).toBe(72);
    expect(measure('72.5')).toBe(72.5);
    expect(measure('')).toBeNull();
    expect(measure(0)).toBeNull();
    expect(measure(null)).toBeNull();
  });
});

describe('withPickedSize', () => {
  let n = 0;
  const newLine = () => ({ key: `new-${(n += 1)}`, category: '', size: null, customerId: null });
  const line = (key: string, category: string, size: string | null, customerId: string | null) => ({
    key,
    category,
    size,
    customerId,
  });

  it('sizes the rider’s own line of the category', () => {
    const gear = [line('a', 'KITE', null, 'emma'), line('b', 'KITE', '7m', 'ali')];
    expect(
      withPickedSize(gear, { category: 'KITE', size: '9m', customerId: 'emma' }, newLine, 20),
    ).toEqual([line('a', 'KITE', '9m', 'emma'), line('b', 'KITE', '7m', 'ali')]);
  });

  it('takes an unassigned line of the category for the rider, else adds one within the limit', () => {
    const gear = [line('a', 'WETSUIT', null, null)];
    expect(
      withPickedSize(gear, { category: 'WETSUIT', size: 'L', customerId: 'emma' }, newLine, 20),
    ).toEqual([line('a', 'WETSUIT', 'L', 'emma')]);
    const added = withPickedSize(
      gear,
      { category: 'KITE', size: '9m', customerId: 'emma' },
      newLine,
      20,
    );
    expect(added.map((g) => [g.category, g.size, g.customerId])).toEqual([
      ['WETSUIT', null, null],
      ['KITE', '9m', 'emma'],
    ]);
    expect(
      withPickedSize(gear, { category: 'KITE', size: '9m', customerId: 'emma' }, newLine, 1),
    ).toEqual(gear);
  });
});
