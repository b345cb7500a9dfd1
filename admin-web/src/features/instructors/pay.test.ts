import { describe, expect, it } from 'vitest';
import {
  basisPointsToPercent,
  currencyDigits,
  majorToMinor,
  minorToMajor,
  payDraftOf,
  payInput,
  percentToBasisPoints,
} from './pay';

describe('commission percent ↔ basis points', () => {
  it.each([
    [15, 1500],
    [12.5, 1250],
    [0.01, 1],
    [0, 0],
    [100, 10000],
    [33.33, 3333],
  ])('%s %% is %s basis points and back', (percent, basisPoints) => {
    expect(percentToBasisPoints(percent)).toBe(basisPoints);
    expect(basisPointsToPercent(basisPoints)).toBe(percent);
  });

  it('refuses a percent finer than a basis point instead of rounding it', () => {
    expect(percentToBasisPoints(12.345)).toBeNull();
    expect(percentToBasisPoints(Number.NaN)).toBeNull();
  });
});

describe('major ↔ minor units', () => {
  it('follows the currency’s decimals', () => {
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
    expect(currencyDigits('???')).toBe(2);
    expect(majorToMinor(520.5, 'TRY')).toBe(52050);
    // 0.1 + 0.2 style float noise does not matter: 19.99 is 1999.
    expect(majorToMinor(19.99, 'EUR')).toBe(1999);
    expect(majorToMinor(1500, 'JPY')).toBe(1500);
    expect(majorToMinor(1.234, 'KWD')).toBe(1234);
    expect(minorToMajor(52050, 'TRY')).toBe(520.5);
  });

  it('refuses more decimals than the currency has', () => {
    expect(majorToMinor(520.505, 'TRY')).toBeNull();
    expect(majorToMinor(10.5, 'JPY')).toBeNull();
  });
});

describe('payInput', () => {
  it('sends an hourly rate in minor units with an upper-case currency', () => {
    expect(payInput({ type: 'HOURLY', amount: 600, currency: 'try' })).toEqual({
      ok: true,
      input: { payType: 'HOURLY', payAmount: 60000, payCurrency: 'TRY' },
    });
  });

  it('sends a commission in basis points without a currency', () => {
    expect(payInput({ type: 'COMMISSION', amount: 17.5, currency: 'EUR' })).toEqual({
      ok: true,
      input: { payType: 'COMMISSION', payAmount: 1750, payCurrency: null },
    });
  });

  it.each([
    [{ type: 'HOURLY', amount: '', currency: 'EUR' }, { amount: 'amountRequired' }],
    [{ type: 'HOURLY', amount: 20, currency: '' }, { currency: 'currencyRequired' }],
    [{ type: 'HOURLY', amount: 20.555, currency: 'EUR' }, { amount: 'amountPrecision' }],
    [{ type: 'HOURLY', amount: -5, currency: 'EUR' }, { amount: 'amountRange' }],
    [{ type: 'HOURLY', amount: 100_000.01, currency: 'EUR' }, { amount: 'amountRange' }],
    [{ type: 'COMMISSION', amount: 100.5, currency: '' }, { amount: 'amountRange' }],
    [{ type: 'COMMISSION', amount: 12.345, currency: '' }, { amount: 'amountPrecision' }],
  ] as const)('refuses %o', (draft, problems) => {
    expect(payInput(draft)).toEqual({ ok: false, problems });
  });
});

describe('payDraftOf', () => {
  it('shows what the API stores in the units staff type', () => {
    expect(
      payDraftOf({ type: 'HOURLY', hourly: { amountMinor: 60000, currency: 'TRY' } }, 'EUR'),
    ).toEqual({ type: 'HOURLY', amount: 600, currency: 'TRY' });
    expect(payDraftOf({ type: 'COMMISSION', commissionBasisPoints: 3000 }, 'EUR')).toEqual({
      type: 'COMMISSION',
      amount: 30,
      currency: 'EUR',
    });
    expect(payDraftOf({ type: 'HOURLY', hourly: null }, 'EUR')).toEqual({
      type: 'HOURLY',
      amount: '',
      currency: 'EUR',
    });
  });
});
