import { getErrorCode } from '@plannivo/web-kit/errors';

/**
 * What a refused booking says, read from the API's `extensions` (never from message text):
 * BOOKING_CONFLICT carries the clashing resources and times (`conflicts`), a `reason`, and for
 * a series every clashing occurrence (`occurrences`).
 */

export const CONFLICT_REASONS = [
  'NO_INSTRUCTOR_AVAILABLE',
  'EQUIPMENT_UNAVAILABLE',
  'NO_ROOM_FREE',
  'SESSION_FULL',
] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

export const CLASH_KINDS = ['BOOKING', 'MAINTENANCE', 'TIME_OFF'] as const;
export type ClashKind = (typeof CLASH_KINDS)[number];

export const RESOURCE_TYPES = ['INSTRUCTOR', 'EQUIPMENT', 'ROOM'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Why an instructor could not take a lesson (the schema's IneligibleReason). */
export const INELIGIBLE_REASONS = [
  'BUSY',
  'INACTIVE',
  'LEVEL_TOO_LOW',
  'NOT_AT_LOCATION',
  'NOT_WORKING',
  'NO_DISCIPLINE',
  'NO_VALID_CERTIFICATION',
  'TIME_OFF',
] as const;
export type IneligibleReason = (typeof INELIGIBLE_REASONS)[number];

/** One resource already taken over a time. */
export interface Clash {
  resourceType: ResourceType | null;
  resourceName: string;
  kind: ClashKind | null;
  startsAt: string;
  endsAt: string;
}

export interface InstructorRefusal {
  name: string;
  reasons: IneligibleReason[];
}

export interface RefusedOccurrence {
  startsAt: string;
  reason: ConflictReason | null;
  clashes: Clash[];
}

export interface BookingConflict {
  reason: ConflictReason | null;
  clashes: Clash[];
  /** A series: each start that could not be booked. Empty for a single booking. */
  occurrences: RefusedOccurrence[];
  /** SESSION_FULL: the full session (a waiting list can be joined). */
  bookingId: string | null;
  /** EQUIPMENT_UNAVAILABLE: the gear no free item matched. */
  unmet: { category: string; size: string | null }[];
  /** NO_INSTRUCTOR_AVAILABLE: each instructor of the location and why they could not. */
  instructors: InstructorRefusal[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  list.includes(value as T) ? (value as T) : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** `extensions` of the first error that has a code, from Apollo's error or a plain body. */
export function errorExtensions(error: unknown): Json | undefined {
  if (!isObject(error)) return undefined;
  const errors = list(error.errors);
  for (const item of errors) {
    if (isObject(item) && isObject(item.extensions) && item.extensions.code) return item.extensions;
  }
  return isObject(error.extensions) ? error.extensions : undefined;
}

function clashOf(value: unknown): Clash | null {
  if (!isObject(value)) return null;
  const startsAt = text(value.startsAt);
  const endsAt = text(value.endsAt);
  if (!startsAt || !endsAt) return null;
  return {
    resourceType: oneOf(RESOURCE_TYPES, value.resourceType),
    resourceName: text(value.resourceName),
    kind: oneOf(CLASH_KINDS, value.kind),
    startsAt,
    endsAt,
  };
}

const clashesOf = (value: unknown) =>
  list(value)
    .map(clashOf)
    .filter((c): c is Clash => c !== null);

/** The conflict a BOOKING_CONFLICT error describes; null for any other error. */
export function bookingConflictOf(error: unknown): BookingConflict | null {
  if (getErrorCode(error) !== 'BOOKING_CONFLICT') return null;
  const ext = errorExtensions(error) ?? {};
  return {
    reason: oneOf(CONFLICT_REASONS, ext.reason),
    clashes: clashesOf(ext.conflicts),
    occurrences: list(ext.occurrences)
      .filter(isObject)
      .map((o) => ({
        startsAt: text(o.startsAt),
        reason: oneOf(CONFLICT_REASONS, o.reason),
        clashes: clashesOf(o.conflicts),
      }))
      .filter((o) => o.startsAt)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    bookingId: text(ext.bookingId) || null,
    unmet: list(ext.unmet)
      .filter(isObject)
      .map((u) => ({ category: text(u.category), size: text(u.size) || null }))
      .filter((u) => u.category),
    instructors: list(ext.instructors)
      .filter(isObject)
      .map((i) => ({
        name: text(i.name),
        reasons: list(i.reasons)
          .map((r) => oneOf(INELIGIBLE_REASONS, r))
          .filter((r): r is IneligibleReason => r !== null),
      }))
      .filter((i) => i.name),
  };
}

/** The wizard step where each field the API can refuse is chosen. */
export type WizardStep = 'service' | 'slot' | 'participants' | 'equipment' | 'summary';

const FIELD_STEPS: Record<string, WizardStep> = {
  serviceId: 'service',
  startsAt: 'slot',
  endsAt: 'slot',
  instructorId: 'slot',
  date: 'slot',
  customerIds: 'participants',
  participants: 'participants',
  equipment: 'equipment',
  equipmentIds: 'equipment',
  notes: 'summary',
};

/** The refused fields (as `getFieldErrors` gives them) grouped by the step that sets them. */
export function fieldsByStep(
  fields: Record<string, string>,
): Partial<Record<WizardStep, { field: string; reason: string }[]>> {
  const result: Partial<Record<WizardStep, { field: string; reason: string }[]>> = {};
  for (const [field, reason] of Object.entries(fields)) {
    const step = FIELD_STEPS[field] ?? 'summary';
    (result[step] ??= []).push({ field, reason });
  }
  return result;
}
