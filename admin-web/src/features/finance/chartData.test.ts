import { describe, expect, it } from 'vitest';
import {
  conversionRows,
  formatMajor,
  formatPercent,
  moneyRows,
  periodLabel,
  periodTitle,
  toMajor,
  toPercent,
  utilisationRows,
} from './chartData';

const money = (amountMinor: number, currency = 'EUR') => ({ amountMinor, currency });

describe('finance chart data', () => {
  it('turns minor units into major ones with each currency’s digits, and back', () => {
    expect(toMajor(money(123456))).toBe(1234.56);
    expect(toMajor(money(1500, 'JPY'))).toBe(1500);
    expect(toMajor(money(1234, 'KWD'))).toBe(1.234);
    expect(formatMajor(1234.56, 'EUR', 'en-GB')).toBe('€1,234.56');
    expect(formatMajor(0.1 + 0.2, 'TRY', 'tr')).toBe('₺0,30');
  });

  it('percentages', () => {
    expect(toPercent(1 / 3)).toBe(33.3);
    expect(toPercent(null)).toBeNull();
    expect(formatPercent(0.625, 'en')).toBe('62.5%');
    expect(formatPercent(0.625, 'tr')).toBe('%62,5');
    expect(formatPercent(null, 'en')).toBe('—');
  });

  it('names periods in the UI language', () => {
    expect(periodLabel({ start: '2026-03-29', end: '2026-03-29' }, 'DAY', 'en-GB')).toBe('29 Mar');
    expect(periodLabel({ start: '2026-03-01', end: '2026-03-31' }, 'MONTH', 'tr')).toBe('Mar 2026');
    expect(periodTitle({ start: '2026-03-30', end: '2026-04-05' }, 'en-GB')).toBe(
      '30 Mar 2026 – 5 Apr 2026',
    );
  });

  it('rows for each chart', () => {
    const period = { start: '2026-03-29', end: '2026-03-29' };
    const point = {
      revenue: money(18667),
      takings: money(2400),
      bookingValue: money(30000),
      cancellationFees: money(0),
    };
    expect(moneyRows([point], [period], 'DAY', 'en-GB')).toEqual([
      { period: '29 Mar', title: '29 Mar 2026', revenue: 186.67, bookingValue: 300, takings: 24 },
    ]);
    expect(
      conversionRows(
        [{ started: 3, confirmed: 1, ratio: 1 / 3 }],
        [{ start: '2026-03-30', end: '2026-03-30' }],
        'DAY',
        'en-GB',
      ),
    ).toEqual([{ period: '30 Mar', title: '30 Mar 2026', started: 3, confirmed: 1, rate: 33.3 }]);
    expect(
      utilisationRows([
        { name: 'Lucía', bookedMinutes: 180, workingMinutes: 1440, ratio: 0.125 },
        { name: 'Deniz', bookedMinutes: 90, workingMinutes: 0, ratio: null },
      ]),
    ).toEqual([
      { name: 'Lucía', utilisation: 12.5, bookedHours: 3, workingHours: 24 },
      { name: 'Deniz', utilisation: 0, bookedHours: 1.5, workingHours: 0 },
    ]);
  });
});
