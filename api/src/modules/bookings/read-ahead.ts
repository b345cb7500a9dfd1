import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { CustomerRow } from '../customers/schema.js';
import type { BookingRow } from './schema.js';
import { participantNamesOf } from './scope.js';

/** Pages this long read their relations ahead; a short page is cheap through the loaders. */
const READ_AHEAD_FROM = 50;

const fieldsIn = (set: SelectionSetNode | undefined, name: string) =>
  set?.selections.find((s): s is FieldNode => s.kind === 'Field' && s.name.value === name);

/**
 * The fields asked of each booking of a `bookings` page (`edges { node { … } } }`), as far as
 * plain field selections tell; fragments count as "everything".
 */
export function nodeFieldsOf(info: GraphQLResolveInfo): Set<string> | 'all' {
  return fieldNames(nodeSelection(info));
}

const nodeSelection = (info: GraphQLResolveInfo) =>
  fieldsIn(fieldsIn(info.fieldNodes[0]?.selectionSet, 'edges')?.selectionSet, 'node')?.selectionSet;

function fieldNames(set: SelectionSetNode | undefined): Set<string> | 'all' {
  if (!set) return new Set();
  if (set.selections.some((s) => s.kind !== 'Field')) return 'all';
  return new Set(set.selections.map((s) => (s as FieldNode).name.value));
}

/** Whether the page asks of its participants no more than their id and name. */
export function namesOnly(info: GraphQLResolveInfo): boolean {
  const customers = fieldNames(fieldsIn(nodeSelection(info), 'customers')?.selectionSet);
  return (
    customers !== 'all' &&
    [...customers].every((f) => f === 'id' || f === 'name' || f === '__typename')
  );
}

/**
 * Reads the service, instructor and participants of a long page of bookings through the
 * loaders before the fields resolve, and keeps them where the field resolvers answer from
 * synchronously: a calendar week of a thousand bookings then resolves without a promise per
 * field. The same queries run as without it.
 */
export async function readAhead(
  ctx: GraphQLContext,
  rows: readonly BookingRow[],
  fields: Set<string> | 'all',
  participantNames = false,
) {
  if (rows.length < READ_AHEAD_FROM) return;
  const wants = (name: string) => fields === 'all' || fields.has(name);
  const { loaders } = ctx;
  const ahead = loaders.readAhead;
  const serviceIds = [...new Set(rows.map((r) => r.serviceId))];
  const instructorIds = [...new Set(rows.flatMap((r) => (r.instructorId ? [r.instructorId] : [])))];
  const [services, instructors, customers] = await Promise.all([
    wants('service') ? loaders.serviceById.loadMany(serviceIds) : [],
    wants('instructor') ? loaders.instructorById.loadMany(instructorIds) : [],
    wants('customers') && !participantNames
      ? loaders.customersByBookingId.loadMany(rows.map((r) => r.id))
      : [],
  ]);
  if (wants('customers') && participantNames) {
    // Names only: narrow rows instead of whole customer records (a calendar page).
    const names = await participantNamesOf(
      ctx.db,
      rows.map((r) => r.id),
    );
    for (const [bookingId, people] of names)
      ahead.customers.set(bookingId, people as unknown as CustomerRow[]);
  }
  services.forEach((s, i) => !(s instanceof Error) && ahead.services.set(serviceIds[i]!, s));
  instructors.forEach(
    (s, i) => !(s instanceof Error) && ahead.instructors.set(instructorIds[i]!, s),
  );
  customers.forEach((c, i) => !(c instanceof Error) && ahead.customers.set(rows[i]!.id, c));
}

/** The columns each field of Booking reads from its row; a field not listed reads them all. */
const COLUMNS_OF: Record<string, readonly (keyof BookingRow)[]> = {
  __typename: [],
  id: ['id'],
  status: ['status'],
  startsAt: ['startsAt'],
  endsAt: ['endsAt'],
  notes: ['notes'],
  deletedAt: ['deletedAt'],
  cancelledAt: ['cancelledAt'],
  cancelReason: ['cancelReason'],
  seriesId: ['seriesId'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  service: ['serviceId'],
  location: ['locationId'],
  customers: ['id'],
  instructor: ['instructorId'],
  room: ['roomId'],
  equipment: ['id'],
  price: ['priceMinor', 'currency'],
  unitPrice: ['unitPriceMinor', 'currency'],
  cancellationFee: ['cancellationFeeMinor', 'currency'],
  cancellationQuote: ['status', 'serviceId', 'startsAt', 'priceMinor', 'currency'],
  placesLeft: ['id', 'serviceId'],
  waitlist: ['id'],
};

/**
 * The booking columns a page's selection reads, or null for whole rows (a fragment, or a
 * field this list does not know): a calendar page then maps 8 columns instead of 25.
 */
export function columnsOf(fields: Set<string> | 'all'): Set<keyof BookingRow> | null {
  if (fields === 'all') return null;
  const columns = new Set<keyof BookingRow>();
  for (const field of fields) {
    const read = COLUMNS_OF[field];
    if (!read) return null;
    for (const c of read) columns.add(c);
  }
  return columns;
}
