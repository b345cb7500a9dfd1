import { describe, expect, it } from 'vitest';
import { boardSize, inRange, kiteSize, nearestFirst, suggestSize, wetsuitSize } from './rules.js';

const kite = (weightKg: number | null, windKnots: number | null) => {
  const s = kiteSize({ weightKg, windKnots });
  return [s.size, s.rangeFrom, s.rangeTo, s.reason.code, s.reason.exactSize ?? null];
};

describe('kiteSize: weight × 2.2 ÷ knots, 5–17 m, 8–35 kn', () => {
  it.each([
    // weight, wind → size, range, reason, exact
    [75, 18, ['9m', '8m', '10m', 'KITE_RULE', 9.2]],
    [70, 15, ['10m', '9m', '11m', 'KITE_RULE', 10.3]],
    [80, 20, ['9m', '8m', '10m', 'KITE_RULE', 8.8]],
    // 9.5 exactly rounds up.
    [95, 22, ['10m', '9m', '11m', 'KITE_RULE', 9.5]],
    [60, 25, ['5m', '5m', '6m', 'KITE_RULE', 5.3]],
    // The wind limits themselves are rideable.
    [40, 8, ['11m', '10m', '12m', 'KITE_RULE', 11]],
    [100, 35, ['6m', '5m', '7m', 'KITE_RULE', 6.3]],
    // Clamped to the school's kites.
    [45, 30, ['5m', '5m', '6m', 'KITE_SMALLEST', 3.3]],
    [110, 10, ['17m', '16m', '17m', 'KITE_LARGEST', 24.2]],
    [77, 10, ['17m', '16m', '17m', 'KITE_RULE', 16.9]],
    [79, 10, ['17m', '16m', '17m', 'KITE_RULE', 17.4]],
    [80, 10, ['17m', '16m', '17m', 'KITE_LARGEST', 17.6]],
    [45, 22, ['5m', '5m', '6m', 'KITE_RULE', 4.5]],
    [44, 22, ['5m', '5m', '6m', 'KITE_SMALLEST', 4.4]],
    [82, 10, ['17m', '16m', '17m', 'KITE_LARGEST', 18]],
  ] as const)('%d kg in %d kn → %j', (weight, wind, expected) => {
    expect(kite(weight, wind)).toEqual(expected);
  });

  it('gives no size outside the wind window or without weight or wind', () => {
    expect(kiteSize({ weightKg: 75, windKnots: 7.9 }).reason).toEqual({
      code: 'WIND_TOO_LIGHT',
      windLimitKnots: 8,
    });
    expect(kiteSize({ weightKg: 75, windKnots: 35.1 }).reason).toEqual({
      code: 'WIND_TOO_STRONG',
      windLimitKnots: 35,
    });
    expect(kite(75, 0)).toEqual([null, null, null, 'WIND_TOO_LIGHT', null]);
    expect(kite(null, 18)).toEqual([null, null, null, 'NEEDS_WEIGHT', null]);
    expect(kite(75, null)).toEqual([null, null, null, 'NEEDS_WIND', null]);
  });
});

describe('boardSize: twin-tip length by weight', () => {
  it.each([
    [45, '133cm', '132cm', '134cm', null, 60],
    [59.9, '133cm', '132cm', '134cm', null, 60],
    [60, '137cm', '136cm', '138cm', 60, 75],
    [74.9, '137cm', '136cm', '138cm', 60, 75],
    [75, '139cm', '138cm', '141cm', 75, 90],
    [90, '139cm', '138cm', '141cm', 75, 90],
    [90.1, '143cm', '142cm', '145cm', 90, null],
    [130, '143cm', '142cm', '145cm', 90, null],
  ])('%d kg → %s (%s–%s)', (weightKg, size, from, to, bandMinKg, bandMaxKg) => {
    expect(boardSize({ weightKg })).toEqual({
      category: 'BOARD',
      size,
      rangeFrom: from,
      rangeTo: to,
      reason: { code: 'BOARD_WEIGHT', bandMinKg, bandMaxKg },
    });
  });

  it('needs the weight, and answers under the name asked (TWIN_TIP)', () => {
    expect(boardSize({ heightCm: 180 }).reason.code).toBe('NEEDS_WEIGHT');
    expect(suggestSize('TWIN_TIP', { weightKg: 70 })).toMatchObject({
      category: 'TWIN_TIP',
      size: '137cm',
    });
  });
});

describe('wetsuitSize: the unisex chart with a build tie-break', () => {
  const suit = (heightCm: number | null, weightKg: number | null) => {
    const s = wetsuitSize({ heightCm, weightKg });
    return [s.size, s.rangeFrom, s.rangeTo, s.reason.code];
  };

  it.each([
    // Height and weight agree, at and around each row's lower bounds.
    [150, 45, ['XS', 'XS', 'XS', 'WETSUIT_CHART']],
    [162, 54, ['XS', 'XS', 'XS', 'WETSUIT_CHART']],
    [163, 55, ['S', 'S', 'S', 'WETSUIT_CHART']],
    [170, 64, ['M', 'M', 'M', 'WETSUIT_CHART']],
    [176, 72, ['M', 'M', 'M', 'WETSUIT_CHART']],
    [177, 73, ['L', 'L', 'L', 'WETSUIT_CHART']],
    [183, 83, ['XL', 'XL', 'XL', 'WETSUIT_CHART']],
    [189, 94, ['XXL', 'XXL', 'XXL', 'WETSUIT_CHART']],
    [205, 130, ['XXL', 'XXL', 'XXL', 'WETSUIT_CHART']],
  ] as const)('%d cm, %d kg → %j', (height, weight, expected) => {
    expect(suit(height, weight)).toEqual(expected);
  });

  it('between sizes: the larger for a broad build (BMI ≥ 25), else the height’s size', () => {
    // 168 cm (S), 80 kg (L): BMI 28.3 → L, range S–L.
    expect(wetsuitSize({ heightCm: 168, weightKg: 80 })).toMatchObject({
      size: 'L',
      rangeFrom: 'S',
      rangeTo: 'L',
      reason: { code: 'WETSUIT_BETWEEN', heightSize: 'S', weightSize: 'L', bmi: 28.3 },
    });
    // 169 cm (S), 64 kg (M): BMI 22.4 → S.
    expect(suit(169, 64)).toEqual(['S', 'S', 'M', 'WETSUIT_BETWEEN']);
    // 186 cm (XL), 70 kg (M): BMI 20.2 → XL, the length.
    expect(suit(186, 70)).toEqual(['XL', 'M', 'XL', 'WETSUIT_BETWEEN']);
    // 160 cm (XS), 64 kg (M): BMI exactly 25.0 → M.
    expect(suit(160, 64)).toEqual(['M', 'XS', 'M', 'WETSUIT_BETWEEN']);
  });

  it('uses the one measure given, and needs one', () => {
    expect(suit(175, null)).toEqual(['M', 'M', 'M', 'WETSUIT_HEIGHT_ONLY']);
    expect(suit(null, 90)).toEqual(['XL', 'XL', 'XL', 'WETSUIT_WEIGHT_ONLY']);
    expect(suit(null, null)).toEqual([null, null, null, 'NEEDS_BODY']);
  });
});

describe('suggestSize', () => {
  it('has no rule for other gear', () => {
    expect(suggestSize('HELMET', { weightKg: 70, heightCm: 175, windKnots: 15 })).toEqual({
      category: 'HELMET',
      size: null,
      rangeFrom: null,
      rangeTo: null,
      reason: { code: 'NO_RULE' },
    });
  });
});

describe('inRange and nearestFirst', () => {
  it('compares sizes on one scale only', () => {
    expect(inRange('9m', '8m', '10m')).toBe(true);
    expect(inRange('10.5m', '8m', '10m')).toBe(false);
    expect(inRange('L', 'M', 'XL')).toBe(true);
    expect(inRange('L', '8m', '10m')).toBe(false);
    expect(inRange('big', 'M', 'L')).toBe(false);
  });

  it('puts sizes that can be had first, nearest first, the smaller on a tie, unreadable last', () => {
    const sizes = [
      { size: '7m', available: true },
      { size: '8m', available: true },
      { size: '10m', available: true },
      { size: '9m', available: false },
      { size: 'Trainer', available: true },
      { size: '12m', available: true },
    ];
    expect(nearestFirst(sizes, '9m').map((s) => s.size)).toEqual([
      '8m',
      '10m',
      '7m',
      '12m',
      'Trainer',
      '9m',
    ]);
    expect(nearestFirst(sizes, null).map((s) => s.size)).toEqual([
      '7m',
      '8m',
      '10m',
      'Trainer',
      '12m',
      '9m',
    ]);
    expect(
      nearestFirst(
        ['XS', 'S', 'M', 'L', 'XL'].map((size) => ({ size, available: true })),
        'L',
      ).map((s) => s.size),
    ).toEqual(['L', 'M', 'XL', 'S', 'XS']);
  });
});
