import { createRequire } from 'node:module';
import { buffer } from 'node:stream/consumers';
import PDFDocument from 'pdfkit';
import { formatMoney } from '../money/format.js';
import type { CurrencyFigures, FinanceDashboard } from './service.js';
import { hours, percent, WORDS, type ExportLanguage } from './words.js';

/**
 * The dashboard as a PDF report: the filters, then per currency a bar-and-line chart of booking
 * value against revenue drawn with pdfkit's vector paths, and the tables of the CSV export.
 * DejaVu Sans is embedded (the PDF standard fonts have no ş, ğ, ı or İ; no system font is read).
 */

const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

const MARGIN = 40;
const BAR = '#9ec5e8';
const LINE = '#0b7285';
const GRID = '#d0d7de';
const MUTED = '#555555';

type Align = 'left' | 'right';
interface Column {
  label: string;
  width: number;
  align?: Align;
}

/** Renders the dashboard's report in `language`; times in the location's zone (UTC for all). */
export async function dashboardPdf(
  d: FinanceDashboard,
  language: ExportLanguage,
  generatedAt: Date,
): Promise<Buffer> {
  const w = WORDS[language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${w.title} ${d.from} – ${d.to}`, Subject: w.title },
  });
  const done = buffer(doc);
  doc.registerFont('body', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;
  const fmt = (minor: number, currency: string) => formatMoney(minor, currency, language);
  const dateTime = (at: Date) =>
    new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: d.location?.timezone ?? 'UTC',
    }).format(at) + ` (${d.location?.timezone ?? 'UTC'})`;

  const ensure = (space: number) => {
    if (doc.y + space > bottom()) {
      doc.addPage();
      doc.y = MARGIN;
    }
  };
  const heading = (text: string) => {
    ensure(40);
    doc.moveDown(0.8).font('bold').fontSize(12).fillColor('black').text(text, left, doc.y);
    doc.moveDown(0.3).font('body').fontSize(9);
  };
  const table = (columns: Column[], rows: string[][], boldLast = false) => {
    const rowHeight = 13;
    const drawRow = (cells: string[], bold: boolean) => {
      ensure(rowHeight);
      const y = doc.y;
      let x = left;
      doc
        .font(bold ? 'bold' : 'body')
        .fontSize(8.5)
        .fillColor('black');
      columns.forEach((c, i) => {
        doc.text(cells[i] ?? '', x + 2, y, {
          width: c.width - 4,
          align: c.align ?? 'left',
          lineBreak: false,
          ellipsis: true,
        });
        x += c.width;
      });
      doc.y = y + rowHeight;
    };
    const header = () => {
      drawRow(
        columns.map((c) => c.label),
        true,
      );
      doc
        .moveTo(left, doc.y - 2)
        .lineTo(left + width, doc.y - 2)
        .lineWidth(0.5)
        .strokeColor(GRID)
        .stroke();
    };
    header();
    rows.forEach((cells, i) => {
      if (doc.y + rowHeight > bottom()) {
        doc.addPage();
        doc.y = MARGIN;
        header();
      }
      drawRow(cells, boldLast && i === rows.length - 1);
    });
  };

  // Filters.
  doc.font('bold').fontSize(18).text(w.title, left, MARGIN);
  doc.moveDown(0.4).font('body').fontSize(10);
  const fact = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, { continued: true });
    doc.font('body').text(value);
  };
  fact(w.location, d.location?.name ?? w.allLocations);
  fact(w.currency, d.currency ?? w.allCurrencies);
  fact(`${w.from} – ${w.to}`, `${d.from} – ${d.to}`);
  fact(w.granularity, w.granularities[d.granularity]);
  fact(w.asOf, dateTime(d.asOf));
  doc
    .fontSize(8)
    .fillColor(MUTED)
    .text(`${w.generated}: ${dateTime(generatedAt)}`)
    .fillColor('black');

  const moneyColumns = (): Column[] => [
    { label: w.periodStart, width: width * 0.2 },
    { label: w.revenue, width: width * 0.2, align: 'right' },
    { label: w.takings, width: width * 0.2, align: 'right' },
    { label: w.bookingValue, width: width * 0.2, align: 'right' },
    { label: w.cancellationFees, width: width * 0.2, align: 'right' },
  ];
  const period = (i: number) =>
    d.buckets[i]!.start === d.buckets[i]!.end
      ? d.buckets[i]!.start
      : `${d.buckets[i]!.start} – ${d.buckets[i]!.end.slice(5)}`;

  for (const c of d.currencies) {
    heading(`${w.money} · ${c.currency}`);
    chart(c);
    table(
      moneyColumns(),
      [
        ...c.points.map((p, i) => [
          period(i),
          fmt(p.revenueMinor, c.currency),
          fmt(p.takingsMinor, c.currency),
          fmt(p.bookingValueMinor, c.currency),
          fmt(p.cancellationFeesMinor, c.currency),
        ]),
        [
          w.total,
          fmt(c.totals.revenueMinor, c.currency),
          fmt(c.totals.takingsMinor, c.currency),
          fmt(c.totals.bookingValueMinor, c.currency),
          fmt(c.totals.cancellationFeesMinor, c.currency),
        ],
      ],
      true,
    );
  }

  heading(w.conversion);
  table(
    [
      { label: w.periodStart, width: width * 0.3 },
      { label: w.started, width: width * 0.25, align: 'right' },
      { label: w.confirmed, width: width * 0.2, align: 'right' },
      { label: w.conversionRate, width: width * 0.25, align: 'right' },
    ],
    [
      ...d.conversion.points.map((p, i) => [
        period(i),
        String(p.started),
        String(p.confirmed),
        percent(p.ratio),
      ]),
      [
        w.total,
        String(d.conversion.started),
        String(d.conversion.confirmed),
        percent(d.conversion.ratio),
      ],
    ],
    true,
  );

  for (const c of d.currencies) {
    heading(`${w.aging} · ${c.currency}`);
    table(
      [
        { label: w.age, width: width * 0.4 },
        { label: w.amount, width: width * 0.35, align: 'right' },
        { label: w.customers, width: width * 0.25, align: 'right' },
      ],
      [
        ...c.receivables.aging.map((a) => [
          w.ages[a.age],
          fmt(a.amountMinor, c.currency),
          String(a.debtors),
        ]),
        [w.total, fmt(c.receivables.totalMinor, c.currency), String(c.receivables.debtors)],
      ],
      true,
    );
    if (c.receivables.topDebtors.length) {
      heading(`${w.debtors} · ${c.currency}`);
      table(
        [
          { label: w.customer, width: width * 0.4 },
          { label: w.balance, width: width * 0.25, align: 'right' },
          { label: w.oldestUnpaid, width: width * 0.2, align: 'right' },
          { label: w.days, width: width * 0.15, align: 'right' },
        ],
        c.receivables.topDebtors.map((t) => [
          t.name,
          fmt(t.balanceMinor, c.currency),
          t.oldestUnpaidAt.toISOString().slice(0, 10),
          String(t.ageDays),
        ]),
      );
    }
  }

  heading(w.utilisation);
  if (d.utilisation.length) {
    table(
      [
        { label: w.instructor, width: width * 0.4 },
        { label: w.bookedHours, width: width * 0.2, align: 'right' },
        { label: w.workingHours, width: width * 0.2, align: 'right' },
        { label: w.utilisationRate, width: width * 0.2, align: 'right' },
      ],
      d.utilisation.map((u) => [
        u.name,
        hours(u.bookedMinutes),
        hours(u.workingMinutes),
        percent(u.ratio),
      ]),
    );
  } else doc.text(w.none);

  doc.end();
  return done;

  /** Booking value as bars and revenue as a line over the periods, with a zero line and a legend. */
  function chart(c: CurrencyFigures) {
    const height = 150;
    ensure(height + 40);
    const top = doc.y + 4;
    const axisLeft = left + 70;
    const plotWidth = width - 70;
    const values = c.points.flatMap((p) => [p.bookingValueMinor, p.revenueMinor]);
    const max = Math.max(1, ...values);
    const min = Math.min(0, ...values);
    const y = (v: number) => top + ((max - v) / (max - min)) * height;
    const step = plotWidth / Math.max(1, c.points.length);

    doc.lineWidth(0.5).strokeColor(GRID);
    for (const v of [max, (max + min) / 2, 0, min]) {
      doc
        .moveTo(axisLeft, y(v))
        .lineTo(axisLeft + plotWidth, y(v))
        .stroke();
    }
    doc.font('body').fontSize(7).fillColor(MUTED);
    for (const v of new Set([max, 0, min])) {
      doc.text(fmt(Math.round(v), c.currency), left, y(v) - 4, {
        width: 66,
        align: 'right',
        lineBreak: false,
      });
    }

    c.points.forEach((p, i) => {
      if (!p.bookingValueMinor) return;
      const x = axisLeft + i * step + step * 0.2;
      const from = y(Math.max(0, p.bookingValueMinor));
      const to = y(Math.min(0, p.bookingValueMinor));
      doc.rect(x, from, Math.max(0.5, step * 0.6), Math.max(0.5, to - from)).fill(BAR);
    });

    doc.lineWidth(1.5).strokeColor(LINE);
    c.points.forEach((p, i) => {
      const x = axisLeft + i * step + step / 2;
      if (i === 0) doc.moveTo(x, y(p.revenueMinor));
      else doc.lineTo(x, y(p.revenueMinor));
    });
    if (c.points.length > 1) doc.stroke();
    if (c.points.length <= 40) {
      c.points.forEach((p, i) => {
        doc.circle(axisLeft + i * step + step / 2, y(p.revenueMinor), 1.8).fill(LINE);
      });
    }

    // Dates under the axis: the first, the middle and the last period.
    const labelled = [...new Set([0, Math.floor((c.points.length - 1) / 2), c.points.length - 1])];
    doc.font('body').fontSize(7).fillColor(MUTED);
    for (const i of labelled) {
      if (!d.buckets[i]) continue;
      doc.text(d.buckets[i].start, axisLeft + i * step + step / 2 - 30, top + height + 4, {
        width: 60,
        align: 'center',
        lineBreak: false,
      });
    }

    const legendY = top + height + 16;
    doc.rect(axisLeft, legendY, 8, 8).fill(BAR);
    doc.fillColor('black').text(w.bookingValue, axisLeft + 12, legendY, { lineBreak: false });
    const second = axisLeft + 150;
    doc
      .moveTo(second, legendY + 4)
      .lineTo(second + 12, legendY + 4)
      .lineWidth(1.5)
      .strokeColor(LINE)
      .stroke();
    doc.fillColor('black').text(w.revenue, second + 16, legendY, { lineBreak: false });
    doc.fillColor('black').font('body').fontSize(9);
    doc.x = left;
    doc.y = legendY + 18;
  }
}
