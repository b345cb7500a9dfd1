import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal';

const refused = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('refusalOf', () => {
  it('offers the waiting list of a group that filled up', () => {
    expect(
      refusalOf(refused({ code: 'BOOKING_CONFLICT', reason: 'SESSION_FULL', bookingId: 'b-1' })),
    ).toEqual({ kind: 'sessionFull', bookingId: 'b-1' });
  });

  it('tells a time taken meanwhile from refused fields and anything else', () => {
    expect(
      refusalOf(refused({ code: 'BOOKING_CONFLICT', reason: 'NO_INSTRUCTOR_AVAILABLE' })),
    ).toEqual({ kind: 'taken' });
    expect(
      refusalOf(
        refused({ code: 'BAD_USER_INPUT', fields: { 'input.startsAt': 'is in the past' } }),
      ),
    ).toEqual({ kind: 'fields', fields: { startsAt: 'is in the past' } });
    expect(refusalOf(new TypeError('fetch failed'))).toEqual({ kind: 'other' });
  });
});
