import { describe, expect, it } from 'vitest';
import {
  byUsefulness,
  catalogUnits,
  daysUntil,
  hoursAndMinutes,
  tidyCode,
  usedPercent,
} from './packages';

describe('package figures', () => {
  it.each([
    [600, 10, 0],
    [510, 8, 30],
    [45, 0, 45],
    [0, 0, 0],
    [-5, 0, 0],
  ])('%i minutes are %i h %i min', (total, hours, minutes) => {
    expect(hoursAndMinutes(total)).toEqual({ hours, minutes });
  });

  it('reads progress as a share of what it held', () => {
    expect(usedPercent(120, 600)).toBe(20);
    expect(usedPercent(600, 600)).toBe(100);
    expect(usedPercent(0, 0)).toBe(100);
  });

  it('counts lesson time and sessions of a catalog package', () => {
    expect(
      catalogUnits([
        { quantity: 5, service: { kind: 'LESSON', durationMinutes: 120 } },
        { quantity: 2, service: { kind: 'RENTAL', durationMinutes: 60 } },
      ]),
    ).toEqual({ minutes: 600, sessions: 2 });
  });

  it('puts usable packages first, soonest to expire first', () => {
    const sorted = byUsefulness([
      {
        id: 'used',
        status: 'USED_UP' as const,
        expiresAt: '2026-07-01',
        purchasedAt: '2026-01-01',
      },
      { id: 'late', status: 'ACTIVE' as const, expiresAt: '2026-12-01', purchasedAt: '2026-02-01' },
      {
        id: 'gift',
        status: 'AWAITING_REDEMPTION' as const,
        expiresAt: null,
        purchasedAt: '2026-03-01',
      },
      { id: 'soon', status: 'ACTIVE' as const, expiresAt: '2026-08-01', purchasedAt: '2026-03-01' },
    ]);
    expect(sorted.map((p) => p.id)).toEqual(['soon', 'late', 'gift', 'used']);
  });

  it('counts days left, rounded up', () => {
    const now = new Date('2026-06-15T08:00:00Z');
    expect(daysUntil('2026-06-16T07:00:00Z', now)).toBe(1);
    expect(daysUntil('2026-06-14T07:00:00Z', now)).toBe(0);
  });

  it('tidies a typed code into its printed form', () => {
    expect(tidyCode(' 7kq2 m9xd-4trw')).toBe('7KQ2-M9XD-4TRW');
  });
});
