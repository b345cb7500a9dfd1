import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buffer } from 'node:stream/consumers';
import PDFDocument from 'pdfkit';
import { formatMoney } from '../money/format.js';
import type { InvoiceRow } from './schema.js';

/**
 * An issued invoice or receipt as a PDF, drawn from what was frozen at issue only (lines,
 * parties, tax rule, time zone), so the same document prints the same for ever. pdfkit with
 * the DejaVu Sans fonts of `dejavu-fonts-ttf` embedded (the PDF standard fonts have no ş, ğ,
 * ı or İ), in the document's language, Turkish or English.
 */

const require = createRequire(import.meta.url);
// Read once: every document embeds a subset of them.
const FONT_REGULAR = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const FONT_BOLD = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));

export type DocumentLanguage = 'en' | 'tr';
export const documentLanguage = (locale: string | null | undefined): DocumentLanguage =>
  locale?.startsWith('tr') ? 'tr' : 'en';

export const METHOD_WORDS = {
  en: { CASH: 'Cash', CARD: 'Card', BANK_TRANSFER: 'Bank transfer', WALLET: 'Wallet credit' },
  tr: { CASH: 'Nakit', CARD: 'Kart', BANK_TRANSFER: 'Havale/EFT', WALLET: 'Cüzdan bakiyesi' },
} as const satisfies Record<DocumentLanguage, Record<string, string>>;

const WORDS = {
  en: {
    receipt: 'Receipt',
    refund: 'Refund receipt',
    invoice: 'Invoice',
    number: 'No.',
    issued: 'Issued',
    seller: 'From',
    buyer: 'Customer',
    method: 'Payment method',
    refundMethod: 'Refund method',
    description: 'Description',
    quantity: 'Qty',
    unitPrice: 'Unit price',
    net: 'Net',
    tax: 'Tax',
    total: 'Total',
    totalPaid: 'Total received',
    totalRefunded: 'Total refunded',
    netTotal: 'Net total',
    taxAt: (rate: string) => `Tax (${rate})`,
    taxIncluded: (rate: string) => `Of which tax (${rate})`,
    inclusive: 'Prices include tax.',
    exclusive: 'Tax is added to the prices.',
    receiptNote: 'This receipt confirms money received. It is not a tax invoice.',
    refundNote: 'This receipt confirms money paid back to the customer.',
    invoiceNote: 'Thank you for riding with us.',
    times: 'Times are shown in',
  },
  tr: {
    receipt: 'Makbuz',
    refund: 'İade makbuzu',
    invoice: 'Fatura',
    number: 'No.',
    issued: 'Düzenlenme',
    seller: 'Düzenleyen',
    buyer: 'Sayın',
    method: 'Ödeme şekli',
    refundMethod: 'İade şekli',
    description: 'Açıklama',
    quantity: 'Adet',
    unitPrice: 'Birim fiyat',
    net: 'Net',
    tax: 'KDV',
    total: 'Toplam',
    totalPaid: 'Alınan toplam',
    totalRefunded: 'İade edilen toplam',
    netTotal: 'Net toplam',
    taxAt: (rate: string) => `KDV (${rate})`,
    taxIncluded: (rate: string) => `Dahil KDV (${rate})`,
    inclusive: 'Fiyatlara KDV dahildir.',
    exclusive: 'KDV fiyatlara eklenir.',
    receiptNote: 'Bu makbuz alınan ödemeyi belgeler; fatura yerine geçmez.',
    refundNote: 'Bu makbuz müşteriye yapılan geri ödemeyi belgeler.',
    invoiceNote: 'Bizi tercih ettiğiniz için teşekkür ederiz.',
    times: 'Saatler şu saat dilimindedir:',
  },
} as const;

/** The title a document carries: receipt, refund receipt or invoice. */
export function documentTitle(
  row: Pick<InvoiceRow, 'kind' | 'totalMinor'>,
  language: DocumentLanguage,
) {
  const w = WORDS[language];
  if (row.kind === 'INVOICE') return w.invoice;
  return row.totalMinor < 0 ? w.refund : w.receipt;
}

/** A time as people of `language` read it, in the location's zone. */
export function localTime(at: Date, timeZone: string, language: DocumentLanguage) {
  return new Intl.DateTimeFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

/** The file name a document downloads as: `AKY-R-2026-000042.pdf`. */
export const pdfFileName = (row: Pick<InvoiceRow, 'displayNumber'>) => `${row.displayNumber}.pdf`;

/** Renders an issued document to PDF bytes. Pure apart from reading the fonts once. */
export async function renderInvoicePdf(row: InvoiceRow): Promise<Buffer> {
  const language = documentLanguage(row.locale);
  const w = WORDS[language];
  const parties = row.parties;
  const title = documentTitle(row, language);
  const money = (minor: number) => formatMoney(minor, row.currency, language);
  const refund = row.kind === 'RECEIPT' && row.totalMinor < 0;

  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `${title} ${row.displayNumber}`,
      Author: parties.seller.name,
      Subject: title,
      CreationDate: row.issuedAt,
    },
  });
  const done = buffer(doc);
  doc.registerFont('body', FONT_REGULAR);
  doc.registerFont('bold', FONT_BOLD);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  // Heading: what it is and its number, the seller on the right.
  const top = doc.y;
  doc
    .font('bold')
    .fontSize(20)
    .text(title, left, top, { width: width / 2 });
  doc.font('body').fontSize(10).text(`${w.number} ${row.displayNumber}`);
  doc.text(`${w.issued}: ${localTime(row.issuedAt, parties.timezone, language)}`);
  const afterTitle = doc.y;
  doc
    .font('bold')
    .fontSize(11)
    .text(parties.seller.name, left + width / 2, top, {
      width: width / 2,
      align: 'right',
    });
  doc.font('body').fontSize(9).fillColor('#444444');
  for (const part of [parties.seller.address, parties.seller.phone, parties.seller.email]) {
    if (part) doc.text(part, { width: width / 2, align: 'right' });
  }
  doc.fillColor('black');
  doc.y = Math.max(afterTitle, doc.y) + 18;

  // The buyer and, for a receipt, how the money moved.
  doc.font('bold').fontSize(10).text(w.buyer, left, doc.y);
  doc.font('body').text(parties.buyer.name);
  const contact = [parties.buyer.email, parties.buyer.phone].filter(Boolean).join(' · ');
  if (contact) doc.fontSize(9).fillColor('#444444').text(contact).fillColor('black');
  if (row.kind === 'RECEIPT' && parties.method) {
    const method =
      METHOD_WORDS[language][parties.method as keyof (typeof METHOD_WORDS)['en']] ?? parties.method;
    doc
      .moveDown(0.4)
      .fontSize(10)
      .font('bold')
      .text(`${refund ? w.refundMethod : w.method}: `, { continued: true });
    doc.font('body').text(method);
  }
  doc.moveDown(1.2);

  // Lines: description, quantity, unit price, net, tax, total.
  const cols = [
    { key: 'description', label: w.description, width: width * 0.36, align: 'left' },
    { key: 'quantity', label: w.quantity, width: width * 0.08, align: 'right' },
    { key: 'unit', label: w.unitPrice, width: width * 0.14, align: 'right' },
    { key: 'net', label: w.net, width: width * 0.14, align: 'right' },
    { key: 'tax', label: w.tax, width: width * 0.12, align: 'right' },
    { key: 'total', label: w.total, width: width * 0.16, align: 'right' },
  ] as const;
  const row_ = (cells: string[], font: 'body' | 'bold') => {
    const y = doc.y;
    let x = left;
    let bottom = y;
    doc.font(font).fontSize(9);
    cells.forEach((cell, i) => {
      const col = cols[i]!;
      doc.text(cell, x + 2, y, { width: col.width - 4, align: col.align });
      bottom = Math.max(bottom, doc.y);
      x += col.width;
    });
    doc.y = bottom + 4;
    doc.x = left;
  };
  const rule = () => {
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.y += 4;
  };
  row_(
    cols.map((c) => c.label),
    'bold',
  );
  rule();
  for (const line of row.lines) {
    if (doc.y > doc.page.height - 160) doc.addPage();
    row_(
      [
        line.description,
        String(line.quantity),
        money(line.unitPriceMinor),
        money(line.netMinor),
        money(line.taxMinor),
        money(line.totalMinor),
      ],
      'body',
    );
  }
  rule();

  // Totals on the right.
  const rate = new Intl.NumberFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(parties.taxRateBasisPoints / 10_000);
  const total = (label: string, value: string, font: 'body' | 'bold') => {
    const y = doc.y;
    doc.font(font).fontSize(font === 'bold' ? 11 : 10);
    doc.text(label, left + width * 0.4, y, { width: width * 0.4, align: 'right' });
    doc.text(value, left + width * 0.8, y, { width: width * 0.2, align: 'right' });
    doc.x = left;
  };
  // A receipt states the tax only when the money holds some (a booking's); an invoice always.
  if (row.kind === 'INVOICE') {
    total(w.netTotal, money(row.netMinor), 'body');
    total(w.taxAt(rate), money(row.taxMinor), 'body');
  } else if (row.taxMinor !== 0) {
    total(w.taxIncluded(rate), money(row.taxMinor), 'body');
  }
  total(
    row.kind === 'INVOICE' ? w.total : refund ? w.totalRefunded : w.totalPaid,
    money(row.totalMinor),
    'bold',
  );
  doc.moveDown(1.5);

  doc.font('body').fontSize(9).fillColor('#444444');
  doc.x = left;
  if (row.kind === 'INVOICE') doc.text(parties.taxInclusive ? w.inclusive : w.exclusive, { width });
  doc.text(row.kind === 'INVOICE' ? w.invoiceNote : refund ? w.refundNote : w.receiptNote, {
    width,
  });
  doc.text(`${w.times} ${parties.timezone}.`, { width });
  doc.fillColor('black');
  doc.end();
  return done;
}
