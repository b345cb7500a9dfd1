import { describe, expect, it } from 'vitest';
import { apiKeyStatus, dayAfter, endOfDay, sortScopes } from './keys';

const now = new Date('2026-07-03T12:00:00.000Z');

describe('apiKeyStatus', () => {
  it.each([
    [{ revokedAt: null, expiresAt: null }, 'ACTIVE'],
    [{ revokedAt: null, expiresAt: '2026-07-03T12:00:01.000Z' }, 'ACTIVE'],
    [{ revokedAt: null, expiresAt: '2026-07-03T12:00:00.000Z' }, 'EXPIRED'],
    [{ revokedAt: null, expiresAt: '2026-01-01T00:00:00.000Z' }, 'EXPIRED'],
    [{ revokedAt: '2026-07-01T00:00:00.000Z', expiresAt: null }, 'REVOKED'],
    [{ revokedAt: '2026-07-01T00:00:00.000Z', expiresAt: '2026-01-01T00:00:00.000Z' }, 'REVOKED'],
  ] as const)('%j is %s', (key, status) => {
    expect(apiKeyStatus(key, now)).toBe(status);
  });
});

describe('sortScopes', () => {
  it('puts scopes in the form order', () => {
    expect(sortScopes(['BOOKINGS_WRITE', 'READ'])).toEqual(['READ', 'BOOKINGS_WRITE']);
  });
});

describe('endOfDay', () => {
  it('is the local midnight after the chosen day', () => {
    const end = new Date(endOfDay('2026-08-12')!);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).toEqual([
      2026, 7, 13, 0,
    ]);
  });

  it('rolls over months and years', () => {
    const end = new Date(endOfDay('2026-12-31')!);
    expect([end.getFullYear(), end.getMonth(), end.getDate()]).toEqual([2027, 0, 1]);
  });

  it('refuses what is not a day', () => {
    expect(endOfDay('12/08/2026')).toBeUndefined();
    expect(endOfDay('')).toBeUndefined();
  });
});

describe('dayAfter', () => {
  it('counts calendar days', () => {
    expect(dayAfter(new Date(2026, 6, 3, 23, 30), 1)).toBe('2026-07-04');
    expect(dayAfter(new Date(2026, 11, 31), 30)).toBe('2027-01-30');
  });
});
