import { describe, expect, it } from 'vitest';
import { checkPackageFields, checkServiceFields, type ServiceFields } from './rules.js';

const lesson = (over: Partial<ServiceFields>): ServiceFields => ({
  name: 'Kite',
  kind: 'LESSON',
  discipline: 'KITE',
  lessonFormat: 'GROUP',
  durationMinutes: 120,
  priceMinor: 100,
  ...over,
});

describe('checkServiceFields', () => {
  it.each([
    ['private lesson of 1', { lessonFormat: 'PRIVATE', capacity: 1 }, []],
    ['private lesson of 2', { lessonFormat: 'PRIVATE', capacity: 2 }, ['capacity']],
    ['semi-private of 1', { lessonFormat: 'SEMI_PRIVATE', capacity: 1 }, ['capacity']],
    ['semi-private of 3', { lessonFormat: 'SEMI_PRIVATE', capacity: 3 }, []],
    ['group of 2', { capacity: 2 }, []],
    ['group of 20', { capacity: 20 }, []],
    ['group of 21', { capacity: 21 }, ['capacity']],
    ['15 minutes', { durationMinutes: 15 }, []],
    ['600 minutes', { durationMinutes: 600 }, []],
    ['10 minutes', { durationMinutes: 10 }, ['durationMinutes']],
    ['50 minutes', { durationMinutes: 50 }, ['durationMinutes']],
    ['615 minutes', { durationMinutes: 615 }, ['durationMinutes']],
    ['no discipline', { discipline: null }, ['discipline']],
    ['no format', { lessonFormat: null }, ['lessonFormat']],
    ['a price with a fraction', { priceMinor: 10.5 }, ['price']],
    ['a negative price', { priceMinor: -1 }, ['price']],
    ['the highest price', { priceMinor: 100_000_000 }, []],
    ['over the highest price', { priceMinor: 100_000_001 }, ['price']],
    ['an unknown level', { requiredLevel: 'GURU' }, ['requiredLevel']],
    ['a blank name', { name: '  ' }, ['name']],
    ['a long description', { description: 'x'.repeat(2001) }, ['description']],
  ] as const)('a lesson: %s', (_, over, refused) => {
    const { problems } = checkServiceFields(lesson(over as Partial<ServiceFields>));
    expect(Object.keys(problems).sort()).toEqual([...refused].sort());
  });

  it('fills a group lesson’s capacity with the format’s most when not given', () => {
    expect(checkServiceFields(lesson({})).values.capacity).toBe(20);
  });

  it('fixes a rental’s duration by its period and a night’s at 24 hours', () => {
    const rental = checkServiceFields({
      name: 'Board',
      kind: 'RENTAL',
      rentalPeriod: 'HALF_DAY',
      durationMinutes: 15,
      priceMinor: 1,
    });
    expect(rental.problems).toEqual({});
    expect(rental.values).toMatchObject({ durationMinutes: 240, lessonFormat: null });
    const room = checkServiceFields({
      name: 'Room',
      kind: 'ACCOMMODATION',
      discipline: 'KITE',
      capacity: 21,
      priceMinor: 1,
    });
    expect(room.problems).toEqual({ capacity: expect.any(String) });
    expect(room.values).toMatchObject({ durationMinutes: 1440, discipline: null });
  });
});

describe('checkPackageFields', () => {
  const pkg = {
    name: '10-hour course',
    validityDays: 90,
    priceMinor: 1000,
    items: [{ serviceId: 'a', quantity: 5 }],
  };
  it.each([
    ['a course', {}, []],
    ['validity 1 day', { validityDays: 1 }, []],
    ['validity 1095 days', { validityDays: 1095 }, []],
    ['validity 0 days', { validityDays: 0 }, ['validityDays']],
    ['validity 1096 days', { validityDays: 1096 }, ['validityDays']],
    ['no items', { items: [] }, ['items']],
    [
      'a service twice',
      {
        items: [
          { serviceId: 'a', quantity: 1 },
          { serviceId: 'a', quantity: 1 },
        ],
      },
      ['items'],
    ],
    ['quantity 0', { items: [{ serviceId: 'a', quantity: 0 }] }, ['items']],
    ['quantity 100', { items: [{ serviceId: 'a', quantity: 100 }] }, []],
    ['quantity 101', { items: [{ serviceId: 'a', quantity: 101 }] }, ['items']],
    [
      '21 services',
      { items: Array.from({ length: 21 }, (_, i) => ({ serviceId: `s${i}`, quantity: 1 })) },
      ['items'],
    ],
    ['a free gift', { priceMinor: 0 }, []],
    ['a blank name', { name: ' ' }, ['name']],
  ] as const)('%s', (_, over, refused) => {
    const { problems } = checkPackageFields({ ...pkg, ...over });
    expect(Object.keys(problems).sort()).toEqual([...refused].sort());
  });
});
