import { describe, expect, it } from 'vitest';
import { basisPointsToPercent, percentToBasisPoints } from './finance';

describe('tax rate: percent and basis points', () => {
  it.each<[number | string, number | null]>([
    [20, 2000],
    [8.5, 850],
    [18.05, 1805], // 18.05 * 100 = 1805.0000000000002
    [0.01, 1],
    [0, 0],
    ['8,5', 850],
    ['1.', 100],
    [12.345, null],
    ['', null],
  ])('%s %% is %s basis points', (percent, basisPoints) => {
    expect(percentToBasisPoints(percent)).toBe(basisPoints);
  });

  it.each([
    [2000, 20],
    [850, 8.5],
    [1805, 18.05],
    [1, 0.01],
  ])('%i basis points read as %s %%', (basisPoints, percent) => {
    expect(basisPointsToPercent(basisPoints)).toBe(percent);
    expect(percentToBasisPoints(basisPointsToPercent(basisPoints))).toBe(basisPoints);
  });
});
