import { describe, expect, it } from 'vitest';
import {
  itemMinutes,
  packageInputOf,
  packageProblems,
  serviceInputOf,
  SERVICE_EQUIPMENT_CATEGORIES,
  serviceProblems,
  type PackageDraft,
  type ServiceDraft,
  percentToBps,
} from './rules';

const lesson: ServiceDraft = {
  name: 'Group kite lesson',
  description: '',
  kind: 'LESSON',
  discipline: 'KITE',
  lessonFormat: 'GROUP',
  rentalPeriod: 'HOUR',
  durationMinutes: 120,
  capacity: 4,
  requiredLevel: null,
  price: '2500,50',
  active: true,
  freeCancellationHours: 24,
  lateFeePercent: 50,
  equipmentCategories: ['KITE'],
};

const refused = (draft: Partial<ServiceDraft>, currency = 'TRY') =>
  Object.keys(serviceProblems({ ...lesson, ...draft }, currency)).sort();

describe('service rules in the editor', () => {
  it('takes a group kite lesson of 4 and sends exact minor units', () => {
    expect(refused({})).toEqual([]);
    expect(serviceInputOf(lesson, 'TRY')).toMatchObject({
      lessonFormat: 'GROUP',
      rentalPeriod: null,
      durationMinutes: 120,
      capacity: 4,
      price: { amountMinor: 250050, currency: 'TRY' },
    });
  });

  it.each<[string, Partial<ServiceDraft>, string[]]>([
    ['a private lesson for 2', { lessonFormat: 'PRIVATE', capacity: 2 }, ['capacity']],
    ['a private lesson for 1', { lessonFormat: 'PRIVATE', capacity: 1 }, []],
    ['a semi-private lesson for 4', { lessonFormat: 'SEMI_PRIVATE', capacity: 4 }, ['capacity']],
    ['a group of 21', { capacity: 21 }, ['capacity']],
    ['a group of 1', { capacity: 1 }, ['capacity']],
    ['no capacity', { capacity: '' }, ['capacity']],
    ['50 minutes', { durationMinutes: 50 }, ['durationMinutes']],
    ['615 minutes', { durationMinutes: 615 }, ['durationMinutes']],
    ['no discipline', { discipline: null }, ['discipline']],
    ['no name', { name: '  ' }, ['name']],
    ['a price with three decimals', { price: 10.555 }, ['price']],
    ['a negative price', { price: -1 }, ['price']],
    ['no price', { price: '' }, ['price']],
    ['a free lesson', { price: 0 }, []],
  ])('a lesson: %s', (_, draft, fields) => {
    expect(refused(draft)).toEqual(fields);
  });

  it('lets a rental go without a discipline or duration, up to 50 units', () => {
    const rental = { kind: 'RENTAL' as const, discipline: null, durationMinutes: '' };
    expect(refused({ ...rental, capacity: 50 })).toEqual([]);
    expect(refused({ ...rental, capacity: 51 })).toEqual(['capacity']);
    expect(
      serviceInputOf({ ...lesson, ...rental, rentalPeriod: 'HALF_DAY', capacity: 1 }, 'EUR'),
    ).toMatchObject({ lessonFormat: null, rentalPeriod: 'HALF_DAY', durationMinutes: null });
  });

  it('sends a room without a discipline, for up to 20 guests', () => {
    const room = { kind: 'ACCOMMODATION' as const, durationMinutes: '' };
    expect(refused({ ...room, capacity: 20 })).toEqual([]);
    expect(refused({ ...room, capacity: 21 })).toEqual(['capacity']);
    expect(serviceInputOf({ ...lesson, ...room, capacity: 2 }, 'EUR')).toMatchObject({
      discipline: null,
      lessonFormat: null,
      rentalPeriod: null,
    });
  });
});

const course: PackageDraft = {
  name: '10-hour kite course',
  description: '',
  validityDays: 90,
  price: 12000,
  gift: false,
  active: true,
  items: [{ serviceId: 's1', quantity: 5 }],
};

describe('package rules in the editor', () => {
  it('takes a 10-hour course valid 90 days', () => {
    expect(packageProblems(course, 'TRY')).toEqual({});
    expect(packageInputOf(course, 'TRY')).toEqual({
      name: '10-hour kite course',
      description: null,
      validityDays: 90,
      price: { amountMinor: 1200000, currency: 'TRY' },
      gift: false,
      active: true,
      items: [{ serviceId: 's1', quantity: 5 }],
    });
    expect(itemMinutes(5, 120)).toBe(600);
  });

  it('sends a package prepared off sale as off sale', () => {
    expect(packageInputOf({ ...course, active: false }, 'TRY')).toMatchObject({ active: false });
    expect(itemMinutes('', 120)).toBeNull();
  });

  it.each<[string, Partial<PackageDraft>, string]>([
    ['no items', { items: [] }, 'problems.itemsRequired'],
    [
      'an item without a service',
      { items: [{ serviceId: null, quantity: 1 }] },
      'problems.itemService',
    ],
    [
      'a service twice',
      {
        items: [
          { serviceId: 's1', quantity: 1 },
          { serviceId: 's1', quantity: 2 },
        ],
      },
      'problems.itemTwice',
    ],
    ['quantity 0', { items: [{ serviceId: 's1', quantity: 0 }] }, 'problems.quantity'],
    ['quantity 101', { items: [{ serviceId: 's1', quantity: 101 }] }, 'problems.quantity'],
  ])('refuses %s', (_, draft, key) => {
    expect(packageProblems({ ...course, ...draft }, 'TRY').items?.key).toBe(key);
  });

  it.each([0, 1096, '', 1.5])('refuses a validity of %s days', (validityDays) => {
    expect(Object.keys(packageProblems({ ...course, validityDays }, 'TRY'))).toEqual([
      'validityDays',
    ]);
  });
});

describe('cancellation policy in the editor', () => {
  it('turns a percentage into exact basis points and refuses what the API would', () => {
    expect(percentToBps('12.5')).toBe(1250);
    expect(percentToBps(33.33)).toBe(3333);
    expect(percentToBps('100')).toBe(10_000);
    expect(percentToBps('100.01')).toBeNull();
    expect(percentToBps('-1')).toBeNull();
    expect(refused({ freeCancellationHours: 721, lateFeePercent: '12.345' })).toEqual([
      'freeCancellationHours',
      'lateCancellationFeeBps',
    ]);
  });
});

describe('equipment categories in the service form', () => {
  it('offers the categories the catalog has words for, in the form’s order', () => {
    expect(SERVICE_EQUIPMENT_CATEGORIES.join(' ')).toBe(
      'KITE BAR BOARD HARNESS WETSUIT HELMET IMPACT_VEST WING FOIL_BOARD SUP SURFBOARD',
    );
  });
});
