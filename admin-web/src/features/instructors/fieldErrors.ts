import { getFieldErrors } from '@plannivo/web-kit/errors';

/** The fields of an instructor's forms the API may refuse, each with a translated message. */
export const INSTRUCTOR_FIELDS = [
  'name',
  'userId',
  'bio',
  'languages',
  'disciplines',
  'locationIds',
  'payAmount',
  'payCurrency',
  'hours',
  'locationId',
  'startsAt',
  'endsAt',
  'reason',
  'issuer',
  'number',
  'discipline',
  'level',
  'expiresOn',
] as const;
export type InstructorField = (typeof INSTRUCTOR_FIELDS)[number];

const isInstructorField = (name: string): name is InstructorField =>
  (INSTRUCTOR_FIELDS as readonly string[]).includes(name);

/**
 * The fields a BAD_USER_INPUT refused, read from `extensions.fields` (never the message).
 * Empty for any other error.
 */
export function refusedFields(error: unknown): InstructorField[] {
  return error ? Object.keys(getFieldErrors(error)).filter(isInstructorField) : [];
}

/**
 * The machine-readable details of a refusal beside its fields: `reason` (`HOURS_OVERLAP`,
 * `TIME_OFF_OVERLAP` …) and, for weekly hours, the `weekday` it concerns.
 */
export function refusalDetails(error: unknown): { reason?: string; weekday?: number } {
  const errors = (error as { errors?: unknown } | null | undefined)?.errors;
  const extensions = Array.isArray(errors)
    ? (errors[0] as { extensions?: Record<string, unknown> } | undefined)?.extensions
    : undefined;
  return {
    ...(typeof extensions?.reason === 'string' && { reason: extensions.reason }),
    ...(typeof extensions?.weekday === 'number' && { weekday: extensions.weekday }),
  };
}
