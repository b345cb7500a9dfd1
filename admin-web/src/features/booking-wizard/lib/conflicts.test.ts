import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { bookingConflictOf, fieldsByStep } from './conflicts';

const graphQLError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('bookingConflictOf', () => {
  it('reads the clashing resources of a single booking', () => {
    const conflict = bookingConflictOf(
      graphQLError({
        code: 'BOOKING_CONFLICT',
        conflicts: [
          {
            resourceType: 'INSTRUCTOR',
            resourceName: 'Lucía García',
            kind: 'BOOKING',
            startsAt: '2026-11-25T09:00:00.000Z',
            endsAt: '2026-11-25T11:00:00.000Z',
          },
          { resourceType: 'EQUIPMENT', kind: 'MAINTENANCE' },
        ],
      }),
    );
    expect(conflict).toMatchObject({
      reason: null,
      occurrences: [],
      clashes: [
        {
          resourceType: 'INSTRUCTOR',
          resourceName: 'Lucía García',
          kind: 'BOOKING',
          startsAt: '2026-11-25T09:00:00.000Z',
        },
      ],
    });
  });

  it('reads every refused occurrence of a series, in time order', () => {
    const conflict = bookingConflictOf(
      graphQLError({
        code: 'BOOKING_CONFLICT',
        occurrences: [
          {
            startsAt: '2026-11-27T09:00:00.000Z',
            reason: 'NO_INSTRUCTOR_AVAILABLE',
            conflicts: [],
          },
          {
            startsAt: '2026-11-26T09:00:00.000Z',
            reason: null,
            conflicts: [
              {
                resourceType: 'INSTRUCTOR',
                resourceName: 'Finn Larsen',
                kind: 'TIME_OFF',
                startsAt: '2026-11-26T00:00:00.000Z',
                endsAt: '2026-11-27T00:00:00.000Z',
              },
            ],
          },
        ],
      }),
    );
    expect(conflict?.occurrences.map((o) => [o.startsAt, o.reason, o.clashes.length])).toEqual([
      ['2026-11-26T09:00:00.000Z', null, 1],
      ['2026-11-27T09:00:00.000Z', 'NO_INSTRUCTOR_AVAILABLE', 0],
    ]);
  });

  it('reads a full session, missing gear and why instructors could not', () => {
    expect(
      bookingConflictOf(
        graphQLError({ code: 'BOOKING_CONFLICT', reason: 'SESSION_FULL', bookingId: 'b-1' }),
      ),
    ).toMatchObject({ reason: 'SESSION_FULL', bookingId: 'b-1' });
    expect(
      bookingConflictOf(
        graphQLError({
          code: 'BOOKING_CONFLICT',
          reason: 'EQUIPMENT_UNAVAILABLE',
          unmet: [{ category: 'KITE', size: '9m' }, { category: 'HARNESS' }],
        }),
      )?.unmet,
    ).toEqual([
      { category: 'KITE', size: '9m' },
      { category: 'HARNESS', size: null },
    ]);
    expect(
      bookingConflictOf(
        graphQLError({
          code: 'BOOKING_CONFLICT',
          reason: 'NO_INSTRUCTOR_AVAILABLE',
          instructors: [{ name: 'Oğuz Koç', reasons: ['BUSY', 'SOMETHING_NEW'] }],
        }),
      )?.instructors,
    ).toEqual([{ name: 'Oğuz Koç', reasons: ['BUSY'] }]);
  });

  it('is null for any other error', () => {
    expect(bookingConflictOf(graphQLError({ code: 'BAD_USER_INPUT' }))).toBeNull();
    expect(bookingConflictOf(new TypeError('fetch failed'))).toBeNull();
  });
});

describe('fieldsByStep', () => {
  it('sends each refused field back to the step that sets it', () => {
    expect(
      fieldsByStep({
        customerIds: 'at most 1 for this service',
        instructorId: 'cannot teach this lesson (LEVEL_TOO_LOW)',
        notes: 'must be at most 2000 characters',
        somethingElse: 'x',
      }),
    ).toEqual({
      participants: [{ field: 'customerIds', reason: 'at most 1 for this service' }],
      slot: [{ field: 'instructorId', reason: 'cannot teach this lesson (LEVEL_TOO_LOW)' }],
      summary: [
        { field: 'notes', reason: 'must be at most 2000 characters' },
        { field: 'somethingElse', reason: 'x' },
      ],
    });
  });
});
