import { describe, expect, it } from 'vitest';
import { lessonMinutes, serviceFormatKey } from './display';

const lesson = (durationMinutes: number) => ({
  id: `l${durationMinutes}`,
  name: 'Lesson',
  kind: 'LESSON' as const,
  durationMinutes,
});

describe('lessonMinutes', () => {
  it('adds sessions times length for lessons only', () => {
    expect(
      lessonMinutes({
        items: [
          { quantity: 5, service: lesson(120) },
          { quantity: 2, service: lesson(45) },
          {
            quantity: 3,
            service: { id: 'r', name: 'Board', kind: 'RENTAL', durationMinutes: 240 },
          },
        ],
      }),
    ).toBe(5 * 120 + 2 * 45);
  });

  it('is 0 for rentals, a service no longer readable, or no items', () => {
    expect(
      lessonMinutes({
        items: [
          {
            quantity: 2,
            service: { id: 'r', name: 'Room', kind: 'ACCOMMODATION', durationMinutes: 1440 },
          },
          { quantity: 4, service: null },
        ],
      }),
    ).toBe(0);
    expect(lessonMinutes({ items: [] })).toBe(0);
  });
});

describe('serviceFormatKey', () => {
  it.each([
    [{ lessonFormat: 'GROUP' as const, rentalPeriod: null }, 'formats.GROUP'],
    [{ lessonFormat: null, rentalPeriod: 'HALF_DAY' as const }, 'periods.HALF_DAY'],
    [{ lessonFormat: null, rentalPeriod: null }, 'perNight'],
  ])('%o → %s', (service, key) => {
    expect(serviceFormatKey(service)).toBe(key);
  });
});
