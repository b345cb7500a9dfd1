import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { invoicesTable, type InvoiceKind } from './schema.js';

/**
 * How issued documents are numbered. Each location keeps one series per kind (receipts,
 * invoices): 1, 2, 3, … for as long as it exists, never reset, never skipping. The number is
 * taken as max + 1 under a per-location advisory lock in the transaction that issues the
 * document, so two desks never take one number and a rolled-back payment leaves no hole (the
 * unique index `invoices_location_kind_number_key` backs it up).
 *
 * What is printed is `AKY-R-2026-000042`: the location's prefix, the series letter (R for a
 * receipt, F for an invoice — "fatura"), the year of issue on the location's clock and the
 * number. The year only reads well; the series runs across years.
 */

/** Letter of each series in the printed number. */
export const SERIES_LETTER = { RECEIPT: 'R', INVOICE: 'F' } as const satisfies Record<
  InvoiceKind,
  string
>;

/**
 * Three capital letters from a location's name: the first word's first three, Turkish and
 * other accented letters folded to ASCII (`Akyaka Kite Center` → AKY, `İzmir` → IZM,
 * `Çeşme` → CES). A name with no Latin letters gives LOC.
 */
export function locationPrefix(name: string): string {
  const ascii = name
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const words = ascii.split(/[^A-Z0-9]+/).filter(Boolean);
  const first = words[0] ?? '';
  const letters = first.length >= 3 ? first : words.join('');
  return letters.length >= 3 ? letters.slice(0, 3) : (letters + 'LOC').slice(0, 3);
}

/** The printed number: `AKY-R-2026-000042`, the year read on the location's clock. */
export function displayNumberOf(args: {
  locationName: string;
  kind: InvoiceKind;
  number: number;
  issuedAt: Date;
  timezone: string;
}): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: args.timezone, year: 'numeric' }).format(
    args.issuedAt,
  );
  return [
    locationPrefix(args.locationName),
    SERIES_LETTER[args.kind],
    year,
    String(args.number).padStart(6, '0'),
  ].join('-');
}

/**
 * The lock of a location's document numbers, apart from the rentals' (7411–7413) and the
 * wallets' (7420). Held until the transaction ends.
 */
const numberLock = (locationId: string) =>
  sql`select pg_advisory_xact_lock(hashtextextended(${`invoice-number:${locationId}`}, 7430))`;

/**
 * Takes the location's number lock and returns the next number of `kind` there. Call it as
 * the last lock of a transaction (after any audit row), and insert the document in the same
 * transaction.
 */
export async function nextDocumentNumber(
  tx: Tx,
  locationId: string,
  kind: InvoiceKind,
): Promise<number> {
  await tx.execute(numberLock(locationId));
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${invoicesTable.number}), 0)::int + 1` })
    .from(invoicesTable)
    .where(and(eq(invoicesTable.locationId, locationId), eq(invoicesTable.kind, kind)));
  return Number(row?.next ?? 1);
}
