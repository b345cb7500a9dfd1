import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { ServiceContext } from '../../context.js';
import type { Tx } from '../../db/client.js';
import type { CustomerRow } from '../customers/schema.js';
import type { LocationRow } from '../locations/schema.js';
import { queueMail } from '../mail/service.js';
import { formatMoney } from '../money/format.js';
import { displayNumberOf, nextDocumentNumber } from './numbering.js';
import { documentLanguage, pdfFileName, renderInvoicePdf, type DocumentLanguage } from './pdf.js';
import {
  invoicesTable,
  type InvoiceKind,
  type InvoiceLine,
  type InvoiceParties,
  type InvoiceRow,
} from './schema.js';

/**
 * An issued document's life after its content is known: numbered and inserted, rendered to
 * PDF and kept in the file store, mailed with the PDF attached.
 */

/** Where a document's PDF lives in the file store. */
export const invoiceFileKey = (id: string) => `invoices/${id}`;

/**
 * Numbers and inserts a document (the caller has audited it already, so the number lock is
 * the transaction's last), renders and stores its PDF, and queues its mail when the customer
 * has an address. Returns the row (with `sentAt` when mailed) and the outbox id.
 */
export async function issueDocument(
  ctx: ServiceContext,
  tx: Tx,
  doc: {
    id: string;
    kind: InvoiceKind;
    location: LocationRow;
    customer: CustomerRow;
    bookingId: string | null;
    paymentId: string | null;
    currency: string;
    lines: InvoiceLine[];
    parties: InvoiceParties;
    language: DocumentLanguage;
    createdBy: string | null;
  },
): Promise<{ invoice: InvoiceRow; mailId: string | null }> {
  const now = ctx.now();
  const number = await nextDocumentNumber(tx, doc.location.id, doc.kind);
  const sum = (pick: (l: InvoiceLine) => number) => doc.lines.reduce((s, l) => s + pick(l), 0);
  const to = doc.customer.email;
  const [row] = await tx
    .insert(invoicesTable)
    .values({
      id: doc.id,
      locationId: doc.location.id,
      kind: doc.kind,
      number,
      displayNumber: displayNumberOf({
        locationName: doc.location.name,
        kind: doc.kind,
        number,
        issuedAt: now,
        timezone: doc.location.timezone,
      }),
      customerId: doc.customer.id,
      bookingId: doc.bookingId,
      paymentId: doc.paymentId,
      currency: doc.currency,
      netMinor: sum((l) => l.netMinor),
      taxMinor: sum((l) => l.taxMinor),
      totalMinor: sum((l) => l.totalMinor),
      lines: doc.lines,
      parties: doc.parties,
      locale: doc.language,
      issuedAt: now,
      sentAt: to ? now : null,
      createdBy: doc.createdBy,
    })
    .returning();
  const invoice = row!;
  await storePdf(ctx, invoice);
  const mailId = to ? await queueDocumentMail(ctx, tx, invoice, to, doc.customer.name) : null;
  return { invoice, mailId };
}

async function storePdf(ctx: ServiceContext, row: InvoiceRow): Promise<Buffer> {
  const pdf = await renderInvoicePdf(row);
  await ctx.deps.platform.files.put(invoiceFileKey(row.id), Readable.from([pdf]), {
    contentType: 'application/pdf',
  });
  return pdf;
}

/**
 * The PDF of an issued document: the stored file, or (when the store lost it) the same
 * document rendered again from its frozen content and stored again.
 */
export async function invoicePdf(ctx: ServiceContext, row: InvoiceRow): Promise<Buffer> {
  const file = await ctx.deps.platform.files.get(invoiceFileKey(row.id));
  if (file) return buffer(file.body);
  return storePdf(ctx, row);
}

export function queueDocumentMail(
  ctx: ServiceContext,
  tx: Tx,
  row: InvoiceRow,
  to: string,
  name: string,
): Promise<string> {
  const lang = documentLanguage(row.locale);
  const common = {
    name,
    number: row.displayNumber,
    amount: formatMoney(Math.abs(row.totalMinor), row.currency, lang),
    locationName: row.parties.seller.name,
    link: `${ctx.deps.config.publicUrl}/portal/receipts`,
  };
  const attachments = [
    { filename: pdfFileName(row), contentType: 'application/pdf', fileKey: invoiceFileKey(row.id) },
  ];
  return row.kind === 'INVOICE'
    ? queueMail(tx, { to, locale: lang, template: 'invoice', vars: common, attachments }, ctx.now())
    : queueMail(
        tx,
        {
          to,
          locale: lang,
          template: 'receipt',
          vars: { ...common, refund: row.totalMinor < 0 },
          attachments,
        },
        ctx.now(),
      );
}
