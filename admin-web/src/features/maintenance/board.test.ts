import { describe, expect, it } from 'vitest';
import {
  boardSections,
  defaultWindow,
  formatWindow,
  instantToWallClock,
  sectionOf,
  usageShare,
  wallClockToInstant,
  type Task,
} from './board';

const NOW = new Date('2026-06-01T10:00:00.000Z');

const task = (fields: Partial<Task>): Task =>
  ({
    id: Math.random().toString(36).slice(2),
    kind: 'SERVICE',
    status: 'OPEN',
    title: 'Kite service',
    notes: null,
    dueAt: null,
    dueUsageHours: null,
    usageHours: 0,
    overdue: false,
    rentalId: null,
    createdAt: NOW.toISOString(),
    completedAt: null,
    resolution: null,
    rule: null,
    window: null,
    equipment: {
      id: 'e1',
      name: 'Evo 9m',
      category: 'KITE',
      size: '9m',
      location: { id: 'l1', name: 'Akyaka', timezone: 'Europe/Istanbul' },
    },
    ...fields,
  }) as Task;

describe('the board sections', () => {
  it('puts repairs in repair, services with time ahead in scheduled, then overdue or due soon', () => {
    const window = (endsAt: string) => ({
      id: 'w',
      startsAt: '2026-06-01T06:00:00.000Z',
      endsAt,
    });
    expect(sectionOf(task({ kind: 'REPAIR', overdue: true }), NOW)).toBe('repair');
    expect(
      sectionOf(task({ window: window('2026-06-01T12:00:00.000Z'), overdue: true }), NOW),
    ).toBe('scheduled');
    // A window that is over no longer counts: the task is late.
    expect(
      sectionOf(task({ window: window('2026-06-01T10:00:00.000Z'), overdue: true }), NOW),
    ).toBe('overdue');
    expect(sectionOf(task({}), NOW)).toBe('dueSoon');
    const done = [task({ status: 'DONE' })];
    const sections = boardSections([task({ overdue: true }), task({}), task({})], done, NOW);
    expect(Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.length]))).toEqual({
      overdue: 1,
      dueSoon: 2,
      repair: 0,
      scheduled: 0,
      done: 1,
    });
  });

  it('measures the hours used against the hours due', () => {
    expect(usageShare({ usageHours: 45, dueUsageHours: 100 })).toBe(45);
    expect(usageShare({ usageHours: 130, dueUsageHours: 100 })).toBe(100);
    expect(usageShare({ usageHours: 5, dueUsageHours: null })).toBeNull();
  });
});

describe('times at the location', () => {
  it('turns the pickers’ wall clock into instants and back, in the location’s zone', () => {
    expect(wallClockToInstant('2026-06-04 09:00:00', 'Europe/Istanbul')).toBe(
      '2026-06-04T06:00:00.000Z',
    );
    expect(wallClockToInstant('2026-03-29 02:30:00', 'Europe/Madrid')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(wallClockToInstant('', 'Europe/Madrid')).toBeNull();
    expect(instantToWallClock('2026-06-04T06:00:00.000Z', 'Europe/Istanbul')).toBe(
      '2026-06-04 09:00:00',
    );
    expect(defaultWindow('Europe/Istanbul', new Date('2026-06-01T22:30:00.000Z'))).toEqual({
      startsAt: '2026-06-03 09:00:00',
      endsAt: '2026-06-03 13:00:00',
    });
  });

  it('words a window on the location’s clock', () => {
    expect(
      formatWindow(
        '2026-06-04T06:00:00.000Z',
        '2026-06-04T10:00:00.000Z',
        'Europe/Istanbul',
        'en-GB',
      ),
    ).toBe('Thu 4 Jun, 09:00–13:00');
    expect(
      formatWindow('2026-06-04T06:00:00.000Z', '2026-06-05T10:00:00.000Z', 'Europe/Istanbul', 'tr'),
    ).toBe('4 Haz Per, 09:00 – 5 Haz Cum, 13:00');
  });
});
