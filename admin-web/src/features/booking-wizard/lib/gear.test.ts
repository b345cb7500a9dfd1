import { describe, expect, it } from 'vitest';
import { extraNeeds, serviceGear, stockByCategory, usualCategories } from './gear';

describe('stockByCategory', () => {
  const rows = [
    { category: 'BOAT', size: null, total: 1 },
    { category: 'HARNESS', size: 'M', total: 3 },
    { category: 'HARNESS', size: 'L', total: 2 },
    { category: 'KITE', size: '9m', total: 3 },
    { category: 'KITE', size: '10m', total: 1 },
    { category: 'SURFBOARD', size: '5\'4"', total: 1 },
  ];

  it('puts the discipline’s usual gear first, in its usual order, with sizes and totals', () => {
    const stock = stockByCategory(
      rows,
      usualCategories({ equipmentCategories: [], discipline: 'KITE' }),
    );
    expect(stock.map((s) => [s.category, s.usual, s.total])).toEqual([
      ['KITE', true, 4],
      ['HARNESS', true, 5],
      ['BOAT', false, 1],
      ['SURFBOARD', false, 1],
    ]);
    expect(stock[0]!.sizes).toEqual([
      { size: '9m', total: 3 },
      { size: '10m', total: 1 },
    ]);
    expect(stock.find((s) => s.category === 'BOAT')!.sizes).toEqual([]);
  });

  it('sorts by name without usual gear', () => {
    expect(stockByCategory(rows, []).map((s) => s.category)).toEqual([
      'BOAT',
      'HARNESS',
      'KITE',
      'SURFBOARD',
    ]);
  });
});

describe('usualCategories', () => {
  it('takes the service’s own categories before the discipline’s usual set', () => {
    expect(usualCategories({ equipmentCategories: ['SUP'], discipline: 'KITE' })).toEqual(['SUP']);
    expect(usualCategories({ equipmentCategories: [], discipline: 'SURF' })).toEqual([
      'SURFBOARD',
      'WETSUIT',
    ]);
    expect(usualCategories({ equipmentCategories: [], discipline: null })).toEqual([]);
  });
});

describe('extraNeeds', () => {
  const need = (category: string, size: string | null = null) => ({
    key: category + size,
    category,
    size,
  });

  it('leaves out one need per participant of each category the service needs anyway', () => {
    const gear = [need('KITE', '9m'), need('KITE'), need('HARNESS', 'M'), need('WETSUIT', 'M')];
    expect(extraNeeds(gear, ['KITE', 'HARNESS'], 1)).toEqual([
      need('KITE', '9m'),
      need('WETSUIT', 'M'),
    ]);
    expect(extraNeeds(gear, ['KITE', 'HARNESS'], 2)).toEqual([need('WETSUIT', 'M')]);
  });

  it('keeps everything for a service that needs nothing, and drops lines without a category', () => {
    expect(extraNeeds([need('KITE'), need('')], [], 3)).toEqual([need('KITE')]);
  });
});

describe('serviceGear', () => {
  const stock = stockByCategory(
    [
      { category: 'KITE', size: '7m', total: 2 },
      { category: 'KITE', size: '9m', total: 2 },
      { category: 'HARNESS', size: 'S', total: 2 },
      { category: 'HARNESS', size: 'L', total: 2 },
    ],
    ['KITE', 'HARNESS'],
  );
  let n = 0;
  const key = () => `k${(n += 1)}`;

  it('proposes each category per participant, sized where the record allows', () => {
    const emma = { id: 'c-1', name: 'Emma', weightKg: 72, heightCm: 182, skills: [] };
    const ali = { id: 'c-2', name: 'Ali', weightKg: null, heightCm: null, skills: [] };
    expect(
      serviceGear(['KITE', 'HARNESS'], [emma, ali], stock, key).map((g) => [
        g.customerId,
        g.category,
        g.size,
      ]),
    ).toEqual([
      ['c-1', 'KITE', '9m'],
      ['c-1', 'HARNESS', 'L'],
      ['c-2', 'KITE', null],
      ['c-2', 'HARNESS', null],
    ]);
  });

  it('proposes one set when nobody is chosen yet, and nothing for a service without needs', () => {
    expect(serviceGear(['KITE'], [], stock, key)).toHaveLength(1);
    expect(serviceGear([], [], stock, key)).toEqual([]);
  });
});
