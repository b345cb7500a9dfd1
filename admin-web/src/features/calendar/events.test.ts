import { describe, expect, it } from 'vitest';
import type { CalendarBookingFieldsFragment } from '../../gql/graphql';
import { withBooking, withoutBooking } from './bookingList';
import { toEvents, toResources, UNASSIGNED, visibleHours, type EventFilters } from './events';
import { parseDay } from './zone';

const ZONE = 'Europe/Madrid';
const RANGE = { from: '2026-08-02T22:00:00.000Z', to: '2026-08-03T22:00:00.000Z' };

function booking(over: Partial<CalendarBookingFieldsFragment> = {}): CalendarBookingFieldsFragment {
  return {
    id: 'b1',
    status: 'CONFIRMED',
    startsAt: '2026-08-03T12:00:00.000Z',
    endsAt: '2026-08-03T14:00:00.000Z',
    notes: null,
    deletedAt: null,
    placesLeft: 0,
    service: {
      id: 's1',
      name: 'Private kite lesson',
      kind: 'LESSON',
      discipline: 'KITE',
      durationMinutes: 120,
      capacity: 1,
    },
    instructor: { id: 'i1', name: 'Lucía García' },
    customers: [{ id: 'c1', name: 'Ana' }],
    equipment: [],
    room: null,
    price: { amountMinor: 9000, currency: 'EUR', formatted: '€90.00' },
    ...over,
  };
}

const ALL: EventFilters = { instructorIds: [], discipline: null, showCancelled: false };

describe('bookings as calendar events', () => {
  it('puts a lesson in its instructor’s column at the location’s wall clock', () => {
    const [event] = toEvents([booking()], { ...ALL, timeZone: ZONE, range: RANGE });
    expect(event).toMatchObject({ resourceId: 'i1', movable: true, allDay: false });
    expect([event!.start.getHours(), event!.end.getHours()]).toEqual([14, 16]);
  });

  it('puts bookings without an instructor in Unassigned and freezes closed ones', () => {
    const events = toEvents(
      [
        booking({
          id: 'rental',
          instructor: null,
          service: { ...booking().service, kind: 'RENTAL', discipline: null },
        }),
        booking({ id: 'done', status: 'COMPLETED' }),
        booking({ id: 'in', status: 'CHECKED_IN' }),
        booking({ id: 'ns', status: 'NO_SHOW' }),
      ],
      { ...ALL, timeZone: ZONE, range: RANGE },
    );
    expect(events.map((e) => [e.id, e.resourceId, e.movable])).toEqual([
      ['rental', UNASSIGNED, true],
      ['done', 'i1', false],
      ['in', 'i1', false],
      ['ns', 'i1', false],
    ]);
  });

  it('filters cancelled, by discipline, by instructor and by range on the client', () => {
    const list = [
      booking({ id: 'kite' }),
      booking({ id: 'cancelled', status: 'CANCELLED' }),
      booking({ id: 'wing', service: { ...booking().service, discipline: 'WING' } }),
      booking({ id: 'other', instructor: { id: 'i2', name: 'Deniz' } }),
      booking({ id: 'tomorrow', startsAt: '2026-08-04T08:00:00Z', endsAt: '2026-08-04T10:00:00Z' }),
    ];
    const ids = (filters: Partial<typeof ALL>) =>
      toEvents(list, { ...ALL, ...filters, timeZone: ZONE, range: RANGE }).map((e) => e.id);
    expect(ids({})).toEqual(['kite', 'wing', 'other']);
    expect(ids({ showCancelled: true })).toEqual(['kite', 'cancelled', 'wing', 'other']);
    expect(ids({ discipline: 'WING' })).toEqual(['wing']);
    expect(ids({ instructorIds: ['i2'] })).toEqual(['other']);
  });

  it('makes a column per instructor, anyone else booked, and Unassigned unless narrowed', () => {
    const instructors = [
      {
        id: 'i2',
        name: 'Deniz',
        disciplines: [{ discipline: 'WING' as const, level: 'EXPERT' as const }],
      },
      {
        id: 'i1',
        name: 'Lucía García',
        disciplines: [{ discipline: 'KITE' as const, level: 'EXPERT' as const }],
      },
    ];
    const events = toEvents([booking({ instructor: { id: 'i9', name: 'Zoe (left)' } })], {
      ...ALL,
      timeZone: ZONE,
      range: RANGE,
    });
    expect(toResources(instructors, events, ALL, 'Unassigned').map((r) => r.id)).toEqual([
      'i2',
      'i1',
      'i9',
      UNASSIGNED,
    ]);
    expect(
      toResources(instructors, [], { ...ALL, discipline: 'KITE' }, 'Unassigned').map((r) => r.id),
    ).toEqual(['i1', UNASSIGNED]);
    expect(
      toResources(instructors, [], { ...ALL, instructorIds: ['i2'] }, 'Unassigned').map(
        (r) => r.id,
      ),
    ).toEqual(['i2']);
  });

  it('shows business hours, widened to whole hours for an early or late booking', () => {
    const day = parseDay('2026-08-03')!;
    const hours = (list: CalendarBookingFieldsFragment[], wholeDay = false) => {
      const { min, max } = visibleHours(
        day,
        toEvents(list, { ...ALL, timeZone: ZONE, range: RANGE }),
        wholeDay,
      );
      return [min.getHours(), max.getHours(), max.getMinutes()];
    };
    expect(hours([booking()])).toEqual([7, 21, 0]);
    // 06:30–08:00 and 20:00–21:30 in Tarifa.
    expect(
      hours([
        booking({ startsAt: '2026-08-03T04:30:00Z', endsAt: '2026-08-03T06:00:00Z' }),
        booking({ id: 'late', startsAt: '2026-08-03T18:00:00Z', endsAt: '2026-08-03T19:30:00Z' }),
      ]),
    ).toEqual([6, 22, 0]);
    expect(hours([booking()], true)).toEqual([0, 23, 59]);
  });
});

describe('live list edits', () => {
  const list = {
    bookings: {
      edges: [{ node: booking() }],
      pageInfo: { hasNextPage: false },
      totalCount: 1,
    },
  };

  it('adds a new booking once and removes an archived one', () => {
    const added = withBooking(list, booking({ id: 'b2' }));
    expect(added.bookings.edges.map((e) => e.node.id)).toEqual(['b1', 'b2']);
    expect(added.bookings.totalCount).toBe(2);
    expect(withBooking(added, booking({ id: 'b2' }))).toBe(added);
    const removed = withoutBooking(added, 'b1');
    expect(removed.bookings.edges.map((e) => e.node.id)).toEqual(['b2']);
    expect(withoutBooking(removed, 'nope')).toBe(removed);
  });
});
