import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getErrorCode, getFieldErrors, type ClientErrorCode } from '@plannivo/web-kit/errors';

/** Why the API refused a check-out or check-in, in the terms the screens word it. */
export interface RentalRefusal {
  code: ClientErrorCode;
  /** `extensions.reason`: ITEM_ALREADY_OUT, ITEM_OUT_OF_SERVICE, RENTAL_TERMS_MISSING, … */
  reason: string | null;
  /** The item a conflict names. */
  equipmentName: string | null;
  rentalNumber: number | null;
  /** BOOKING_CONFLICT: the items that are taken, with when. */
  conflicts: Array<{ resourceName: string; startsAt: string; endsAt: string; kind: string }>;
  /** BAD_USER_INPUT: field → the API's reason (English; the screens show their own words). */
  fields: Record<string, string>;
}

/** Reads a refusal from an Apollo error: code, reason, the item named, the fields. */
export function rentalRefusal(error: unknown): RentalRefusal {
  const extensions = CombinedGraphQLErrors.is(error)
    ? ((error.errors.find((e) => e.extensions?.code)?.extensions ?? {}) as Record<string, unknown>)
    : {};
  const conflicts = Array.isArray(extensions.conflicts)
    ? (extensions.conflicts as RentalRefusal['conflicts'])
    : [];
  return {
    code: getErrorCode(error),
    reason: typeof extensions.reason === 'string' ? extensions.reason : null,
    equipmentName: typeof extensions.equipmentName === 'string' ? extensions.equipmentName : null,
    rentalNumber: typeof extensions.rentalNumber === 'number' ? extensions.rentalNumber : null,
    conflicts,
    fields: getFieldErrors(error),
  };
}

/** The check-out step a refused field belongs to, so the flow can go back to it. */
export function stepOfField(field: string): number {
  if (field === 'customerId' || field === 'locationId' || field === 'bookingId') return 0;
  if (field === 'items' || /^items\.\d+\.equipmentId$/.test(field)) return 1;
  if (/conditionOut$/.test(field) || field === 'dueAt') return 2;
  if (field.startsWith('deposit')) return 3;
  return 4;
}
