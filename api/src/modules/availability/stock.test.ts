import { describe, expect, it } from 'vitest';
import { freeItems, participantsServed, stockSuffices, type StockItem } from './stock.js';

const at = (iso: string) => new Date(iso);
const item = (
  id: string,
  category: string,
  size: string | null,
  busy: Array<[string, string]> = [],
): StockItem => ({
  id,
  category,
  size,
  busy: busy.map(([s, e]) => ({ startsAt: at(s), endsAt: at(e) })),
});

const stock = [
  item('k9', 'KITE', '9m', [['2026-06-10T07:00:00Z', '2026-06-10T09:00:00Z']]),
  item('k12', 'KITE', '12m'),
  item('k12b', 'KITE', '12m'),
  item('b1', 'BOARD', '138cm'),
];

describe('freeItems', () => {
  it('drops items allocated over an overlapping range, keeps touching ones', () => {
    const ids = (s: string, e: string) => freeItems(stock, at(s), at(e)).map((i) => i.id);
    expect(ids('2026-06-10T08:00:00Z', '2026-06-10T10:00:00Z')).toEqual(['k12', 'k12b', 'b1']);
    expect(ids('2026-06-10T09:00:00Z', '2026-06-10T10:00:00Z')).toEqual([
      'k9',
      'k12',
      'k12b',
      'b1',
    ]);
    expect(ids('2026-06-10T06:00:00Z', '2026-06-10T07:00:00Z')).toEqual([
      'k9',
      'k12',
      'k12b',
      'b1',
    ]);
  });
});

describe('stockSuffices', () => {
  it.each([
    ['a kite each for three', ['KITE'], [], 3, true],
    ['a kite each for four', ['KITE'], [], 4, false],
    ['a kite and a board each for one', ['KITE', 'BOARD'], [], 1, true],
    ['a kite and a board each for two', ['KITE', 'BOARD'], [], 2, false],
    [
      'two 12m kites asked for',
      [],
      [
        { category: 'KITE', size: '12m' },
        { category: 'KITE', size: '12m' },
      ],
      1,
      true,
    ],
    [
      'two 9m kites asked for',
      [],
      [
        { category: 'KITE', size: '9m' },
        { category: 'KITE', size: '9m' },
      ],
      1,
      false,
    ],
    [
      'a 9m kite asked for plus a kite each for three',
      ['KITE'],
      [{ category: 'KITE', size: '9m' }],
      3,
      true,
    ],
    [
      'three kites asked for plus a kite each for one',
      ['KITE'],
      [{ category: 'KITE' }, { category: 'KITE' }, { category: 'KITE' }],
      1,
      true,
    ],
    [
      'four kites asked for',
      [],
      [{ category: 'KITE' }, { category: 'KITE' }, { category: 'KITE' }, { category: 'KITE' }],
      1,
      false,
    ],
    ['a wetsuit nobody has', [], [{ category: 'WETSUIT' }], 1, false],
    ['nothing needed', [], [], 5, true],
  ] as const)('%s → %s', (_name, perParticipant, requested, participants, expected) => {
    expect(stockSuffices(stock, perParticipant, requested, participants)).toBe(expected);
  });
});

describe('participantsServed', () => {
  it('counts up to the most the stock serves, within the bounds', () => {
    expect(participantsServed(stock, ['KITE'], [], 1, 10)).toBe(3);
    expect(participantsServed(stock, ['KITE'], [], 1, 2)).toBe(2);
    expect(participantsServed(stock, ['KITE', 'BOARD'], [], 2, 10)).toBe(1);
    expect(participantsServed(stock, [], [], 1, 4)).toBe(4);
  });
});
