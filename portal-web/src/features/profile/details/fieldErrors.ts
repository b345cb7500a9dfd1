import { getFieldErrors } from '@plannivo/web-kit/errors';

/** The customer fields the portal's forms edit; each has a translated message of its own. */
export const CUSTOMER_FIELDS = [
  'name',
  'phone',
  'birthDate',
  'weightKg',
  'heightCm',
  'skills',
  'emergencyContactName',
  'emergencyContactPhone',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/**
 * The fields of `fields` that a BAD_USER_INPUT answer refused (by `extensions.fields`, never
 * by the message). Empty for any other error, or when none of them is named: the form then
 * shows the generic alert.
 */
export function refusedFields(error: unknown, fields: readonly CustomerField[]): CustomerField[] {
  const refused = getFieldErrors(error);
  return fields.filter((field) => refused[field] !== undefined);
}
