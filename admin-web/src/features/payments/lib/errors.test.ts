import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { moneyRefusal } from './errors';

const refused = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'refused', extensions }] });

describe('moneyRefusal', () => {
  it('reads the reasons and figures from extensions', () => {
    expect(
      moneyRefusal(
        refused({
          code: 'BAD_USER_INPUT',
          reason: 'OVERPAYMENT',
          dueMinor: 2500,
          fields: { 'amount.amountMinor': 'is more than the 2500 still due' },
        }),
      ),
    ).toEqual({ kind: 'overpayment', dueMinor: 2500 });
    expect(
      moneyRefusal(
        refused({ code: 'BAD_USER_INPUT', reason: 'INSUFFICIENT_FUNDS', fields: { amount: 'x' } }),
      ),
    ).toEqual({ kind: 'insufficientFunds' });
    expect(
      moneyRefusal(
        refused({
          code: 'BAD_USER_INPUT',
          reason: 'REFUND_EXCEEDS_PAYMENT',
          refundableMinor: 700,
          fields: { amountMinor: 'x' },
        }),
      ),
    ).toEqual({ kind: 'refundExceeds', refundableMinor: 700 });
    expect(
      moneyRefusal(refused({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', paymentId: 'p' })),
    ).toEqual({ kind: 'keyReused' });
  });

  it('says a missing exchange rate from the refused target currency', () => {
    expect(
      moneyRefusal(
        refused({ code: 'BAD_USER_INPUT', fields: { toCurrency: 'no EUR/TRY rate is entered' } }),
      ),
    ).toEqual({ kind: 'noRate' });
  });

  it('passes other refused fields on by name, and anything else as other', () => {
    expect(
      moneyRefusal(refused({ code: 'BAD_USER_INPUT', fields: { 'input.method': 'not taken' } })),
    ).toEqual({ kind: 'fields', fields: { method: 'not taken' } });
    expect(moneyRefusal(refused({ code: 'FORBIDDEN' }))).toEqual({ kind: 'other' });
    expect(moneyRefusal(refused({ code: 'CONFLICT', reason: 'ALREADY_REVERSED' }))).toEqual({
      kind: 'other',
    });
    expect(moneyRefusal(new TypeError('Failed to fetch'))).toEqual({ kind: 'other' });
  });
});
