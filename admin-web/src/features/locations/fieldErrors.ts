import { getFieldErrors } from '@plannivo/web-kit/errors';
import { LOCATION_FIELDS, type LocationField } from './draft';

const isLocationField = (name: string): name is LocationField | 'currency' =>
  name === 'currency' || (LOCATION_FIELDS as readonly string[]).includes(name);

/**
 * The location fields a BAD_USER_INPUT refused, from `extensions.fields` (never the
 * message): the form marks each with a translated message. Empty for any other error.
 */
export function refusedLocationFields(error: unknown): Array<LocationField | 'currency'> {
  return error ? Object.keys(getFieldErrors(error)).filter(isLocationField) : [];
}
