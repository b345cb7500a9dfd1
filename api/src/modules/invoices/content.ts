import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../db/client.js';
import { notFound } from '../../errors.js';
import { bookingsTable } from '../bookings/schema.js';
import { servicesTable } from '../catalog/schema.js';
import { customersTable, type CustomerRow } from '../customers/schema.js';
import { locationsTable, type LocationRow } from '../locations/schema.js';
import { splitTax } from '../money/accounts.js';
import { journalLinesTable } from '../money/schema.js';
import { customerPackagesTable } from '../packages/schema.js';
import { paymentsTable, type PaymentRow } from '../payments/schema.js';
import { documentLanguage, localTime, type DocumentLanguage } from './pdf.js';
import { invoicesTable, type InvoiceParties } from './schema.js';

/**
 * What an issued document says, read at issue from the rows it is about: its language, the
 * parties, the description of a payment, the tax a receipt states. Frozen into the document;
 * nothing here is read again later.
 */

export const WORDS = {
  en: {
    paymentFor: (what: string) => `Payment for ${what}`,
    onAccount: 'Payment on account',
    topUp: 'Wallet top-up',
    package: (name: string) => `Package: ${name}`,
    voucher: 'Gift voucher',
    refundOf: (what: string) => `Refund — ${what}`,
    receiptNo: (n: string) => `receipt ${n}`,
    participants: (names: string) => ` (${names})`,
  },
  tr: {
    paymentFor: (what: string) => `${what} ödemesi`,
    onAccount: 'Hesaba ödeme',
    topUp: 'Cüzdan yüklemesi',
    package: (name: string) => `Paket: ${name}`,
    voucher: 'Hediye çeki',
    refundOf: (what: string) => `İade — ${what}`,
    receiptNo: (n: string) => `makbuz ${n}`,
    participants: (names: string) => ` (${names})`,
  },
} as const satisfies Record<DocumentLanguage, unknown>;

/**
 * The language of a customer's documents: their account's, else their guardian's account's
 * (a child's receipt goes to a family that reads one language), else the location's — Turkish
 * for a location on Istanbul time, English elsewhere.
 */
export async function languageOf(
  tx: Tx,
  customer: CustomerRow,
  location: LocationRow,
): Promise<DocumentLanguage> {
  const result = await tx.execute<{ locale: string }>(sql`
    select u.locale from customers c
      left join customers g on g.id = c.guardian_id
      join users u on u.id = coalesce(c.user_id, g.user_id)
    where c.id = ${customer.id}`);
  const locale = rowsOf<{ locale: string }>(result)[0]?.locale;
  if (locale) return documentLanguage(locale);
  return location.timezone === 'Europe/Istanbul' ? 'tr' : 'en';
}

export function partiesOf(
  location: LocationRow,
  customer: CustomerRow,
  method: string | null,
): InvoiceParties {
  return {
    seller: {
      name: location.name,
      address: location.address,
      phone: location.phone,
      email: location.email,
    },
    buyer: { name: customer.name, email: customer.email, phone: customer.phone },
    taxRateBasisPoints: location.taxRateBasisPoints,
    taxInclusive: location.taxInclusive,
    timezone: location.timezone,
    method,
  };
}

export async function locationRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(locationsTable).where(eq(locationsTable.id, id));
  if (!row) throw notFound('Location');
  return row;
}

export async function customerRow(tx: Tx, id: string) {
  const [row] = await tx.select().from(customersTable).where(eq(customersTable.id, id));
  if (!row) throw notFound('Customer');
  return row;
}

/** `Discovery kite lesson, 1 Jul 2026, 10:00` on the location's clock. */
export async function bookingTitle(
  tx: Tx,
  bookingId: string,
  timezone: string,
  lang: DocumentLanguage,
) {
  const [row] = await tx
    .select({ startsAt: bookingsTable.startsAt, service: servicesTable.name })
    .from(bookingsTable)
    .innerJoin(servicesTable, eq(servicesTable.id, bookingsTable.serviceId))
    .where(eq(bookingsTable.id, bookingId));
  return row ? `${row.service}, ${localTime(row.startsAt, timezone, lang)}` : null;
}

/** What a payment row was for, in the document's language (a refund says what it gives back). */
export async function paymentDescription(
  tx: Tx,
  payment: PaymentRow,
  timezone: string,
  lang: DocumentLanguage,
): Promise<string> {
  const w = WORDS[lang];
  switch (payment.kind) {
    case 'PAYMENT': {
      const title = payment.bookingId
        ? await bookingTitle(tx, payment.bookingId, timezone, lang)
        : null;
      return title ? w.paymentFor(title) : w.onAccount;
    }
    case 'TOP_UP':
      return w.topUp;
    case 'PACKAGE_SALE': {
      const [pkg] = payment.customerPackageId
        ? await tx
            .select({ name: customerPackagesTable.name })
            .from(customerPackagesTable)
            .where(eq(customerPackagesTable.id, payment.customerPackageId))
        : [];
      return pkg ? w.package(pkg.name) : w.package('—');
    }
    case 'VOUCHER_SALE':
      return w.voucher;
    case 'REFUND': {
      const [original] = payment.refundOfId
        ? await tx.select().from(paymentsTable).where(eq(paymentsTable.id, payment.refundOfId))
        : [];
      if (!original) return w.refundOf(w.onAccount);
      const [receipt] = await tx
        .select({ displayNumber: invoicesTable.displayNumber })
        .from(invoicesTable)
        .where(and(eq(invoicesTable.paymentId, original.id), eq(invoicesTable.kind, 'RECEIPT')));
      const what = await paymentDescription(tx, original, timezone, lang);
      return w.refundOf(receipt ? `${what} (${w.receiptNo(receipt.displayNumber)})` : what);
    }
  }
}

/**
 * The tax a receipt states, as a positive amount: what the payment's own journal entry put on
 * TAX_PAYABLE; else, for money against a booking (or its refund), the part of the amount that
 * is the booking's tax at the location's rate (the booking's charge carried it, the amount
 * holds it); else nothing — wallet credit, vouchers and money on account are taxed when the
 * service they buy is delivered and invoiced.
 */
export async function receiptTax(
  tx: Tx,
  payment: PaymentRow,
  location: LocationRow,
): Promise<number> {
  const [posted] = await tx
    .select({ sum: sql<number>`coalesce(sum(${journalLinesTable.amountMinor}), 0)::int` })
    .from(journalLinesTable)
    .where(
      and(
        eq(journalLinesTable.journalId, payment.journalId),
        eq(journalLinesTable.account, 'TAX_PAYABLE'),
      ),
    );
  if (posted && Number(posted.sum) !== 0) return Math.abs(Number(posted.sum));
  let againstBooking = payment.kind === 'PAYMENT' && payment.bookingId !== null;
  if (payment.kind === 'REFUND' && payment.refundOfId) {
    const [original] = await tx
      .select({ kind: paymentsTable.kind, bookingId: paymentsTable.bookingId })
      .from(paymentsTable)
      .where(eq(paymentsTable.id, payment.refundOfId));
    againstBooking = original?.kind === 'PAYMENT' && original.bookingId !== null;
  }
  return againstBooking
    ? splitTax(payment.amountMinor, location.taxRateBasisPoints, true).taxMinor
    : 0;
}
