import { getFieldErrors } from '@plannivo/web-kit/errors';

/** The record's fields the API may refuse, each with its own translated message. */
export const CUSTOMER_FIELDS = [
  'name',
  'email',
  'phone',
  'birthDate',
  'emergencyContactName',
  'emergencyContactPhone',
  'weightKg',
  'heightCm',
  'skills',
  'tags',
  'notes',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

const isCustomerField = (name: string): name is CustomerField =>
  (CUSTOMER_FIELDS as readonly string[]).includes(name);

/**
 * The fields a BAD_USER_INPUT refused, read from `extensions.fields` (never the message): the
 * form shows a translated message on each. Empty for any other error.
 */
export function refusedFields(error: unknown): CustomerField[] {
  return error ? Object.keys(getFieldErrors(error)).filter(isCustomerField) : [];
}
