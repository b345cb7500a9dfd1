import { describe, expect, it } from 'vitest';
import { redeemRefusal } from './errors';

const refusal = (code: string, reason?: string) => ({
  errors: [{ message: 'x', extensions: { code, ...(reason && { reason }) } }],
});

describe('redeemRefusal', () => {
  it.each([
    [refusal('NOT_FOUND'), 'unknown'],
    [refusal('CONFLICT', 'VOUCHER_REDEEMED'), 'redeemed'],
    [refusal('BAD_USER_INPUT', 'VOUCHER_EXPIRED'), 'expired'],
    [refusal('BAD_USER_INPUT'), 'customer'],
    [refusal('RATE_LIMITED'), 'tooManyTries'],
    [refusal('INTERNAL_SERVER_ERROR'), 'other'],
  ])('reads %j as %s', (error, expected) => {
    expect(redeemRefusal(error)).toBe(expected);
  });
});
