import { describe, expect, it } from 'vitest';
import {
  certificationStatus,
  checkHours,
  checkPay,
  isCalendarDate,
  MAX_HOURS_BLOCKS,
} from './rules.js';

describe('checkHours', () => {
  const block = (weekday: number, start: string, end: string) => ({ weekday, start, end });

  it.each([
    ['touching blocks', [block(4, '09:00', '12:00'), block(4, '12:00', '15:00')]],
    ['the same times on other days', [block(1, '09:00', '13:00'), block(2, '09:00', '13:00')]],
    ['a whole day to the last minute', [block(7, '00:00', '23:59')]],
    ['no blocks at all (a week off)', []],
  ])('accepts %s', (_name, blocks) => {
    expect(checkHours(blocks).ok).toBe(true);
  });

  it('sorts by day and start', () => {
    const result = checkHours([
      block(4, '14:00', '18:00'),
      block(1, '10:00', '11:00'),
      block(4, '09:00', '13:00'),
    ]);
    expect(result).toEqual({
      ok: true,
      blocks: [block(1, '10:00', '11:00'), block(4, '09:00', '13:00'), block(4, '14:00', '18:00')],
    });
  });

  it.each([
    [
      'an overlap by one minute',
      [block(4, '09:00', '13:00'), block(4, '12:59', '15:00')],
      'HOURS_OVERLAP',
      4,
    ],
    [
      'one block inside another',
      [block(2, '08:00', '18:00'), block(2, '10:00', '11:00')],
      'HOURS_OVERLAP',
      2,
    ],
    [
      'the same block twice',
      [block(3, '09:00', '10:00'), block(3, '09:00', '10:00')],
      'HOURS_OVERLAP',
      3,
    ],
    ['an end before the start', [block(5, '13:00', '09:00')], 'HOURS_BAD_RANGE', 5],
    ['a zero-length block', [block(5, '09:00', '09:00')], 'HOURS_BAD_RANGE', 5],
    ['a block over midnight', [block(6, '22:00', '02:00')], 'HOURS_BAD_RANGE', 6],
    ['24:00', [block(1, '20:00', '24:00')], 'HOURS_BAD_RANGE', 1],
    ['a time without a leading zero', [block(1, '9:00', '12:00')], 'HOURS_BAD_RANGE', 1],
    ['weekday 0', [block(0, '09:00', '12:00')], 'HOURS_BAD_WEEKDAY', undefined],
    ['weekday 8', [block(8, '09:00', '12:00')], 'HOURS_BAD_WEEKDAY', undefined],
  ])('refuses %s', (_name, blocks, reason, weekday) => {
    const result = checkHours(blocks);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem).toMatchObject(
        weekday === undefined ? { reason } : { reason, weekday },
      );
  });

  it('refuses more blocks than a week can sensibly hold', () => {
    const many = Array.from({ length: MAX_HOURS_BLOCKS + 1 }, (_, i) =>
      block(
        (i % 7) + 1,
        `${String(Math.floor(i / 7)).padStart(2, '0')}:00`,
        `${String(Math.floor(i / 7)).padStart(2, '0')}:30`,
      ),
    );
    const result = checkHours(many);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.reason).toBe('HOURS_TOO_MANY');
  });
});

describe('certificationStatus', () => {
  const today = '2026-03-10';
  it.each([
    [null, 'VALID', null],
    ['2027-03-10', 'VALID', 365],
    ['2026-05-10', 'VALID', 61],
    ['2026-05-09', 'EXPIRING_SOON', 60],
    ['2026-03-11', 'EXPIRING_SOON', 1],
    // Valid through its expiry date.
    ['2026-03-10', 'EXPIRING_SOON', 0],
    ['2026-03-09', 'EXPIRED', -1],
    ['2025-03-10', 'EXPIRED', -365],
  ])('%s → %s (%s days)', (expiresOn, status, days) => {
    expect(certificationStatus(expiresOn, today)).toEqual({ status, expiresInDays: days });
  });

  it('counts calendar days across a DST change and a leap day', () => {
    // Europe switches to summer time on 2026-03-29; days are counted as dates, not hours.
    expect(certificationStatus('2026-04-01', '2026-03-28').expiresInDays).toBe(4);
    expect(certificationStatus('2028-03-01', '2028-02-28').expiresInDays).toBe(2);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['tomorrow', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('checkPay', () => {
  it('accepts an hourly rate with a currency, a commission without one, and zero pay', () => {
    expect(checkPay({ payType: 'HOURLY', payAmount: 60000, payCurrency: 'TRY' })).toEqual({});
    expect(checkPay({ payType: 'COMMISSION', payAmount: 1500, payCurrency: null })).toEqual({});
    expect(checkPay({ payType: 'COMMISSION', payAmount: 10000, payCurrency: null })).toEqual({});
    expect(checkPay({ payType: 'HOURLY', payAmount: 0, payCurrency: null })).toEqual({});
  });

  it.each([
    [{ payType: 'COMMISSION', payAmount: 10001, payCurrency: null }, ['payAmount']],
    [{ payType: 'HOURLY', payAmount: -1, payCurrency: 'EUR' }, ['payAmount']],
    [{ payType: 'HOURLY', payAmount: 12.5, payCurrency: 'EUR' }, ['payAmount']],
    [{ payType: 'HOURLY', payAmount: 5000, payCurrency: null }, ['payCurrency']],
    [{ payType: 'HOURLY', payAmount: 5000, payCurrency: 'euro' }, ['payCurrency']],
  ] as const)('refuses %o on %o', (pay, fields) => {
    expect(Object.keys(checkPay(pay))).toEqual(fields);
  });
});
