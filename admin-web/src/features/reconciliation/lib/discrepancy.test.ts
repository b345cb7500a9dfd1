import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  csvHref,
  linkOf,
  noteRequired,
  refusalOf,
  statusOf,
  type Discrepancy,
} from './discrepancy';

const refused = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

const discrepancy = (details: Partial<Discrepancy['details']>): Discrepancy =>
  ({ details: { customers: [], payments: [], ...details } }) as unknown as Discrepancy;

describe('reconciliation helpers', () => {
  it('offers moves only for money sitting on account', () => {
    expect(actionsFor('UNLINKED_PAYMENT')).toEqual([
      'LINK_TO_BOOKING',
      'MOVE_TO_WALLET',
      'MARK_RESOLVED',
    ]);
    for (const kind of [
      'UNBALANCED_JOURNAL',
      'WALLET_DRIFT',
      'UNPAID_COMPLETED_BOOKING',
      'DUPLICATE_PAYMENT',
    ] as const)
      expect(actionsFor(kind)).toEqual(['MARK_RESOLVED']);
    expect(noteRequired('MARK_RESOLVED')).toBe(true);
    expect(noteRequired('LINK_TO_BOOKING')).toBe(false);
  });

  it('builds the CSV link of the filters on screen', () => {
    expect(csvHref({ status: 'OPEN', kind: null }, 'tr-TR')).toBe(
      '/finance/reconciliation.csv?status=OPEN&lang=tr',
    );
    expect(csvHref({ status: statusOf('ALL'), kind: 'WALLET_DRIFT' }, 'en')).toBe(
      '/finance/reconciliation.csv?kind=WALLET_DRIFT&lang=en',
    );
  });

  it('reads why a resolution was refused', () => {
    expect(refusalOf(refused({ code: 'CONFLICT', reason: 'NOT_OPEN' }))).toEqual({
      kind: 'closed',
    });
    expect(refusalOf(refused({ code: 'CONFLICT', reason: 'NOTHING_ON_ACCOUNT' }))).toEqual({
      kind: 'nothingOnAccount',
    });
    expect(refusalOf(refused({ code: 'CONFLICT', reason: 'ALREADY_LINKED' }))).toEqual({
      kind: 'alreadyLinked',
    });
    expect(
      refusalOf(refused({ code: 'BAD_USER_INPUT', fields: { 'input.note': 'is required' } })),
    ).toEqual({
      kind: 'fields',
      fields: { note: 'is required' },
    });
    expect(refusalOf(refused({ code: 'FORBIDDEN' }))).toEqual({ kind: 'other' });
  });

  it('points at the booking, else the customer', () => {
    expect(linkOf(discrepancy({ bookingId: 'b1', customerId: 'c1' }))).toEqual({
      to: '/bookings/b1',
      target: 'booking',
    });
    expect(linkOf(discrepancy({ customerId: 'c1' }))).toEqual({
      to: '/customers/c1',
      target: 'customer',
    });
    expect(linkOf(discrepancy({ journalId: 'j1' }))).toBeNull();
  });
});
