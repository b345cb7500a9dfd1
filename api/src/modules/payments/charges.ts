import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import type { BookingRow } from '../bookings/schema.js';
import { bookingParticipantsTable } from '../bookings/schema.js';
import { servicesTable, type ServiceKind } from '../catalog/schema.js';
import { customersTable } from '../customers/schema.js';
import { locationsTable, type LocationRow } from '../locations/schema.js';
import { REVENUE_OF_KIND, shares, splitTax } from '../money/accounts.js';
import { postJournal, type LedgerLine } from '../money/ledger.js';
import { journalEntriesTable } from '../money/schema.js';
import { consumePackagesForBooking } from '../packages/consume.js';

/** What the customer pays for a catalog price at a location: the price, plus tax when exclusive. */
export const grossOf = (
  location: Pick<LocationRow, 'taxRateBasisPoints' | 'taxInclusive'>,
  priceMinor: number,
) => splitTax(priceMinor, location.taxRateBasisPoints, location.taxInclusive).grossMinor;

/**
 * Who owes for a participant: a dependent's guardian when there is one (the parent pays for
 * the teenager), else the participant.
 */
export async function payersOf(db: DbOrTx, customerIds: readonly string[]) {
  const payer = new Map<string, string>();
  if (!customerIds.length) return payer;
  const rows = await db
    .select({ id: customersTable.id, guardianId: customersTable.guardianId })
    .from(customersTable)
    .where(inArray(customersTable.id, [...customerIds]));
  for (const row of rows) payer.set(row.id, row.guardianId ?? row.id);
  return payer;
}

interface Charge {
  customerId: string;
  grossMinor: number;
}

/**
 * Posts what customers owe as one entry: Dr RECEIVABLES per payer and booking, Cr the revenue
 * of the service's kind (net) and TAX_PAYABLE (tax), split under the location's tax rule.
 */
async function postCharge(
  ctx: ServiceContext,
  tx: Tx,
  booking: BookingRow,
  kind: 'BOOKING_CHARGE' | 'CANCELLATION_FEE',
  charges: readonly Charge[],
  serviceKind: ServiceKind,
  location: LocationRow,
) {
  const total = charges.reduce((sum, c) => sum + c.grossMinor, 0);
  if (total <= 0) return null;
  const { netMinor, taxMinor } = splitTax(total, location.taxRateBasisPoints, true);
  const payer = await payersOf(
    tx,
    charges.map((c) => c.customerId),
  );
  const lines: LedgerLine[] = charges.map((c) => ({
    account: 'RECEIVABLES',
    amountMinor: c.grossMinor,
    currency: booking.currency,
    customerId: payer.get(c.customerId) ?? c.customerId,
    bookingId: booking.id,
  }));
  lines.push(
    { account: REVENUE_OF_KIND[serviceKind], amountMinor: -netMinor, currency: booking.currency },
    { account: 'TAX_PAYABLE', amountMinor: -taxMinor, currency: booking.currency },
  );
  return postJournal(tx, {
    locationId: booking.locationId,
    kind,
    occurredAt: ctx.now(),
    bookingId: booking.id,
    customerId: charges.length === 1 ? (payer.get(charges[0]!.customerId) ?? null) : null,
    createdBy: ctx.viewer?.userId ?? null,
    memo:
      kind === 'BOOKING_CHARGE' ? `booking ${booking.status.toLowerCase()}` : 'late cancellation',
    lines,
  });
}

async function serviceAndLocation(tx: DbOrTx, booking: BookingRow) {
  const [row] = await tx
    .select({ kind: servicesTable.kind, location: locationsTable })
    .from(servicesTable)
    .innerJoin(locationsTable, eq(locationsTable.id, booking.locationId))
    .where(eq(servicesTable.id, booking.serviceId));
  return row!;
}

/**
 * Books what a completed (or no-show) booking earned, inside the caller's transaction: each
 * active participant whose package covers the service uses it (the packages service moves that
 * share from deferred revenue to revenue); the others owe their share of the booking's gross
 * price as a receivable. Runs once per booking: a booking already charged is left alone.
 */
export async function chargeFinishedBooking(ctx: ServiceContext, tx: Tx, booking: BookingRow) {
  const [already] = await tx
    .select({ id: journalEntriesTable.id })
    .from(journalEntriesTable)
    .where(
      and(
        eq(journalEntriesTable.bookingId, booking.id),
        eq(journalEntriesTable.kind, 'BOOKING_CHARGE'),
      ),
    )
    .limit(1);
  if (already) return null;
  const people = await tx
    .select({ customerId: bookingParticipantsTable.customerId })
    .from(bookingParticipantsTable)
    .where(
      and(
        eq(bookingParticipantsTable.bookingId, booking.id),
        isNull(bookingParticipantsTable.cancelledAt),
      ),
    )
    .orderBy(bookingParticipantsTable.createdAt, bookingParticipantsTable.customerId);
  if (!people.length) return null;
  const { kind, location } = await serviceAndLocation(tx, booking);
  const covered =
    booking.status === 'COMPLETED'
      ? await consumePackagesForBooking(
          ctx,
          tx,
          booking,
          people.map((p) => p.customerId),
        )
      : new Set<string>();
  const split = shares(grossOf(location, booking.priceMinor), people.length);
  const charges = people
    .map((p, i) => ({ customerId: p.customerId, grossMinor: split[i]! }))
    .filter((c) => !covered.has(c.customerId));
  return postCharge(ctx, tx, booking, 'BOOKING_CHARGE', charges, kind, location);
}

/**
 * Books a late-cancellation fee the policy charged (gross, in the booking's currency) as owed
 * by `customerIds` (equal shares), inside the caller's transaction. A zero fee posts nothing.
 */
export async function chargeCancellationFee(
  ctx: ServiceContext,
  tx: Tx,
  booking: BookingRow,
  feeMinor: number,
  customerIds: readonly string[],
) {
  if (feeMinor <= 0 || !customerIds.length) return null;
  const { kind, location } = await serviceAndLocation(tx, booking);
  const split = shares(grossOf(location, feeMinor), customerIds.length);
  return postCharge(
    ctx,
    tx,
    booking,
    'CANCELLATION_FEE',
    customerIds.map((customerId, i) => ({ customerId, grossMinor: split[i]! })),
    kind,
    location,
  );
}
