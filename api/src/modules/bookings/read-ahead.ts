import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import type { BookingRow } from './schema.js';

/** Pages this long read their relations ahead; a short page is cheap through the loaders. */
const READ_AHEAD_FROM = 50;

const fieldsIn = (set: SelectionSetNode | undefined, name: string) =>
  set?.selections.find((s): s is FieldNode => s.kind === 'Field' && s.name.value === name);

/**
 * The fields asked of each booking of a `bookings` page (`edges { node { … } } }`), as far as
 * plain field selections tell; fragments count as "everything".
 */
export function nodeFieldsOf(info: GraphQLResolveInfo): Set<string> | 'all' {
  const node = fieldsIn(fieldsIn(info.fieldNodes[0]?.selectionSet, 'edges')?.selectionSet, 'node');
  const set = node?.selectionSet;
  if (!set) return new Set();
  if (set.selections.some((s) => s.kind !== 'Field')) return 'all';
  return new Set(set.selections.map((s) => (s as FieldNode).name.value));
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
    wants('customers') ? loaders.customersByBookingId.loadMany(rows.map((r) => r.id)) : [],
  ]);
  services.forEach((s, i) => !(s instanceof Error) && ahead.services.set(serviceIds[i]!, s));
  instructors.forEach(
    (s, i) => !(s instanceof Error) && ahead.instructors.set(instructorIds[i]!, s),
  );
  customers.forEach((c, i) => !(c instanceof Error) && ahead.customers.set(rows[i]!.id, c));
}
