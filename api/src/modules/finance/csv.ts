import { stringify } from 'csv-stringify/sync';
import type { FinanceDashboard } from './service.js';
import { decimal, hours, percent, WORDS, type ExportLanguage } from './words.js';

/**
 * A name as a cell no spreadsheet runs as a formula: one starting with =, +, -, @ or a control
 * character gets a leading apostrophe. Only names: amounts keep their minus sign.
 */
const text = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The dashboard as one CSV file of sections (filters, revenue and booking value per currency
 * and period, conversion, receivables by age, largest debtors, instructor utilisation), each a
 * title row, a header row and its rows, separated by an empty line. Amounts are decimals of
 * the major unit with a dot and their currency in a column of their own; labels in `language`.
 * Starts with a byte-order mark, so spreadsheets read ş, ğ and ı as UTF-8.
 */
export function dashboardCsv(d: FinanceDashboard, language: ExportLanguage, generatedAt: Date) {
  const w = WORDS[language];
  const sections: string[][][] = [];
  sections.push([
    [w.title],
    [w.location, d.location ? text(d.location.name) : w.allLocations],
    [w.currency, d.currency ?? w.allCurrencies],
    [w.from, d.from],
    [w.to, d.to],
    [w.granularity, w.granularities[d.granularity]],
    [w.asOf, d.asOf.toISOString()],
    [w.generated, generatedAt.toISOString()],
  ]);

  const money: string[][] = [
    [w.money],
    [
      w.periodStart,
      w.periodEnd,
      w.currency,
      w.revenue,
      w.takings,
      w.bookingValue,
      w.cancellationFees,
    ],
  ];
  for (const c of d.currencies) {
    const row = (start: string, end: string, p: (typeof c.points)[number]) => [
      start,
      end,
      c.currency,
      decimal(p.revenueMinor, c.currency),
      decimal(p.takingsMinor, c.currency),
      decimal(p.bookingValueMinor, c.currency),
      decimal(p.cancellationFeesMinor, c.currency),
    ];
    c.points.forEach((p, i) => money.push(row(d.buckets[i]!.start, d.buckets[i]!.end, p)));
    money.push(row(w.total, '', c.totals));
  }
  sections.push(money);

  const conversion: string[][] = [
    [w.conversion],
    [w.periodStart, w.periodEnd, w.started, w.confirmed, w.conversionRate],
  ];
  d.conversion.points.forEach((p, i) =>
    conversion.push([
      d.buckets[i]!.start,
      d.buckets[i]!.end,
      String(p.started),
      String(p.confirmed),
      percent(p.ratio),
    ]),
  );
  conversion.push([
    w.total,
    '',
    String(d.conversion.started),
    String(d.conversion.confirmed),
    percent(d.conversion.ratio),
  ]);
  sections.push(conversion);

  const aging: string[][] = [[w.aging], [w.currency, w.age, w.amount, w.customers]];
  const debtors: string[][] = [
    [w.debtors],
    [w.currency, w.customer, w.balance, w.oldestUnpaid, w.days],
  ];
  for (const c of d.currencies) {
    for (const a of c.receivables.aging)
      aging.push([
        c.currency,
        w.ages[a.age],
        decimal(a.amountMinor, c.currency),
        String(a.debtors),
      ]);
    aging.push([
      c.currency,
      w.total,
      decimal(c.receivables.totalMinor, c.currency),
      String(c.receivables.debtors),
    ]);
    for (const t of c.receivables.topDebtors)
      debtors.push([
        c.currency,
        text(t.name),
        decimal(t.balanceMinor, c.currency),
        t.oldestUnpaidAt.toISOString(),
        String(t.ageDays),
      ]);
  }
  sections.push(aging, debtors);

  const utilisation: string[][] = [
    [w.utilisation],
    [w.instructor, w.bookedHours, w.workingHours, w.utilisationRate],
  ];
  for (const u of d.utilisation)
    utilisation.push([
      text(u.name),
      hours(u.bookedMinutes),
      hours(u.workingMinutes),
      percent(u.ratio),
    ]);
  sections.push(utilisation);

  return (
    '\uFEFF' + sections.map((rows) => stringify(rows, { record_delimiter: '\r\n' })).join('\r\n')
  );
}
