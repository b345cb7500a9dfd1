import { describe, expect, it } from 'vitest';
import { gearFor, gearInput, peopleLimit, stepsFor } from './flow';

describe('stepsFor', () => {
  it('asks for gear sizes only when the service needs gear', () => {
    expect(stepsFor({ equipmentCategories: ['KITE', 'HARNESS'] })).toEqual([
      'service',
      'time',
      'who',
      'gear',
      'summary',
    ]);
    expect(stepsFor({ equipmentCategories: [] })).toEqual(['service', 'time', 'who', 'summary']);
  });
});

describe('peopleLimit', () => {
  it('is the capacity for a new lesson and the places left in a running group', () => {
    expect(peopleLimit(1, null)).toBe(1);
    expect(peopleLimit(6, { placesLeft: 6 })).toBe(6);
    expect(peopleLimit(6, { placesLeft: 2 })).toBe(2);
    expect(peopleLimit(6, { placesLeft: 0 })).toBe(0);
  });
});

describe('gear', () => {
  it('gives each person each piece and keeps sizes chosen before', () => {
    const before = gearFor(['KITE', 'HARNESS'], ['me'], []).map((g) =>
      g.category === 'KITE' ? { ...g, size: '9m' } : g,
    );
    expect(gearFor(['KITE', 'HARNESS'], ['me', 'kid'], before)).toEqual([
      { customerId: 'me', category: 'KITE', size: '9m', own: false },
      { customerId: 'me', category: 'HARNESS', size: null, own: false },
      { customerId: 'kid', category: 'KITE', size: null, own: false },
      { customerId: 'kid', category: 'HARNESS', size: null, own: false },
    ]);
  });

  it('reserves every piece, sized when chosen, but what people bring themselves', () => {
    const [kite, harness] = gearFor(['KITE', 'HARNESS'], ['me']);
    expect(gearInput([kite!, harness!])).toEqual([{ category: 'KITE' }, { category: 'HARNESS' }]);
    expect(
      gearInput([
        { ...kite!, size: '9m' },
        { ...harness!, own: true },
      ]),
    ).toEqual([{ category: 'KITE', size: '9m' }]);
  });
});
