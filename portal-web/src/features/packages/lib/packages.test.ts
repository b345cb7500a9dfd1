import { describe, expect, it } from 'vitest';
import {
  byUsefulness,
  daysUntil,
  hoursAndMinutes,
  leftPercent,
  redeemRefusal,
  tidyCode,
} from './packages';

const refusal = (code: string, reason?: string) => ({
  errors: [{ message: 'x', extensions: { code, ...(reason && { reason }) } }],
});

describe('my packages', () => {
  it('splits minutes into hours and minutes', () => {
    expect(hoursAndMinutes(510)).toEqual({ hours: 8, minutes: 30 });
    expect(hoursAndMinutes(600)).toEqual({ hours: 10, minutes: 0 });
  });

  it('empties the bar as lessons are taken', () => {
    expect(leftPercent(480, 600)).toBe(80);
    expect(leftPercent(0, 600)).toBe(0);
    expect(leftPercent(0, 0)).toBe(0);
  });

  it('counts days left, rounded up', () => {
    const now = new Date('2026-06-15T08:00:00Z');
    expect(daysUntil('2026-06-16T07:00:00Z', now)).toBe(1);
    expect(daysUntil('2026-06-01T00:00:00Z', now)).toBe(0);
  });

  it('shows usable packages first', () => {
    const sorted = byUsefulness([
      { id: 'old', status: 'EXPIRED' as const, expiresAt: '2026-01-01', purchasedAt: '2025-10-01' },
      {
        id: 'gift',
        status: 'AWAITING_REDEMPTION' as const,
        expiresAt: null,
        purchasedAt: '2026-06-01',
      },
      { id: 'now', status: 'ACTIVE' as const, expiresAt: '2026-09-01', purchasedAt: '2026-06-01' },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['now', 'gift', 'old']);
  });

  it('tidies a typed code', () => {
    expect(tidyCode('7kq2 m9xd-4trw')).toBe('7KQ2-M9XD-4TRW');
  });

  it.each([
    [refusal('NOT_FOUND'), 'unknown'],
    [refusal('CONFLICT', 'VOUCHER_REDEEMED'), 'redeemed'],
    [refusal('BAD_USER_INPUT', 'VOUCHER_EXPIRED'), 'expired'],
    [refusal('RATE_LIMITED'), 'tooManyTries'],
    [refusal('FORBIDDEN'), 'other'],
  ])('reads a refusal %j as %s', (error, expected) => {
    expect(redeemRefusal(error)).toBe(expected);
  });
});
