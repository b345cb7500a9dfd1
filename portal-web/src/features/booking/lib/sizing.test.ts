import { describe, expect, it } from 'vitest';
import { positive, sizedCategories, sizeToChoose, type SizingAnswer } from './sizing';

const answer = (
  size: string | null,
  stock: Array<{ size: string; free: number | null; total?: number }>,
) =>
  ({
    category: 'KITE',
    size,
    rangeFrom: size,
    rangeTo: size,
    reason: { code: 'KITE_RULE' },
    stock: stock.map((s) => ({ total: 1, inRange: true, suggested: false, ...s })),
  }) as SizingAnswer;

describe('sizing helpers', () => {
  it('sizes only the categories with a rule', () => {
    expect(sizedCategories(['KITE', 'BAR', 'HARNESS', 'WETSUIT', 'KITE'])).toEqual([
      'KITE',
      'WETSUIT',
    ]);
  });

  it('chooses the first listed size only when one is free', () => {
    expect(
      sizeToChoose(
        answer('9m', [
          { size: '10m', free: 1 },
          { size: '9m', free: 0 },
        ]),
      ),
    ).toBe('10m');
    expect(sizeToChoose(answer('9m', [{ size: '9m', free: null, total: 2 }]))).toBe('9m');
    expect(sizeToChoose(answer('9m', [{ size: '9m', free: 0 }]))).toBeNull();
    expect(sizeToChoose(answer(null, [{ size: '9m', free: 2 }]))).toBeNull();
  });

  it('keeps positive numbers', () => {
    expect(positive('58')).toBe(58);
    expect(positive('')).toBeNull();
    expect(positive(-3)).toBeNull();
  });
});
