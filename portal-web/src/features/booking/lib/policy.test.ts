import { describe, expect, it } from 'vitest';
import { formatShare, lateFeeMinor, policyBeforeBooking, policyNow } from './policy';

describe('policy before booking', () => {
  it('names the free hours, the share kept and its amount', () => {
    expect(
      policyBeforeBooking(
        { freeCancellationHours: 24, lateCancellationFeeBps: 5000 },
        '€85.00',
        'en',
      ),
    ).toEqual({ key: 'policy.before', values: { hours: 24, share: '50%', fee: '€85.00' } });
  });

  it('says so when cancelling is always free or always costs', () => {
    expect(
      policyBeforeBooking({ freeCancellationHours: 48, lateCancellationFeeBps: 0 }, '€0.00', 'en')
        .key,
    ).toBe('policy.alwaysFree');
    expect(
      policyBeforeBooking(
        { freeCancellationHours: 0, lateCancellationFeeBps: 10000 },
        '€45.00',
        'en',
      ),
    ).toEqual({ key: 'policy.alwaysFee', values: { share: '100%', fee: '€45.00' } });
  });

  it('writes the share in the UI language and rounds the fee half up as the API does', () => {
    expect(formatShare(5000, 'tr')).toBe('%50');
    expect(formatShare(3333, 'en')).toBe('33.33%');
    expect(lateFeeMinor(17000, 5000)).toBe(8500);
    expect(lateFeeMinor(4501, 5000)).toBe(2251);
    expect(lateFeeMinor(4499, 3333)).toBe(1500);
    expect(lateFeeMinor(4498, 3333)).toBe(1499);
  });
});

describe('policy now', () => {
  const quote = {
    freeUntilHours: 24,
    freeUntil: '2026-11-25T09:00:00.000Z',
    late: false,
    fee: { amountMinor: 0, formatted: '€0.00' },
  };

  it('is free until a time before the start', () => {
    expect(policyNow(quote, 'Wed, Nov 25, 10:00')).toEqual({
      key: 'policy.freeUntil',
      values: { when: 'Wed, Nov 25, 10:00', hours: 24 },
    });
    expect(policyNow({ ...quote, freeUntilHours: 0 }, 'x').key).toBe('policy.freeUntilStart');
  });

  it('names the fee once the free time is over', () => {
    expect(
      policyNow({ ...quote, late: true, fee: { amountMinor: 5500, formatted: '€55.00' } }, 'x'),
    ).toEqual({ key: 'policy.lateFee', values: { hours: 24, fee: '€55.00' } });
    expect(policyNow({ ...quote, late: true }, 'x').key).toBe('policy.lateFree');
  });

  it('is closed without a quote', () => {
    expect(policyNow(null, 'x')).toEqual({ key: 'policy.closed', values: {} });
  });
});
