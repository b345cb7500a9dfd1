import { getFieldErrors } from '@plannivo/web-kit/errors';
import type { PackageField, ServiceField } from './rules';

const SERVICE_FIELDS: readonly ServiceField[] = [
  'name',
  'description',
  'discipline',
  'lessonFormat',
  'rentalPeriod',
  'durationMinutes',
  'capacity',
  'requiredLevel',
  'price',
  'freeCancellationHours',
  'lateCancellationFeeBps',
  'equipmentCategories',
];
const PACKAGE_FIELDS: readonly PackageField[] = [
  'name',
  'description',
  'validityDays',
  'price',
  'items',
];

/** Fields inside an input that the form shows as one: the price's parts, an item's parts. */
const PART_OF: Record<string, string> = {
  amountMinor: 'price',
  currency: 'price',
  serviceId: 'items',
  quantity: 'items',
};

function refused<T extends string>(error: unknown, known: readonly T[]): T[] {
  if (!error) return [];
  const names = new Set(Object.keys(getFieldErrors(error)).map((name) => PART_OF[name] ?? name));
  return known.filter((field) => names.has(field));
}

/** The fields of a service a BAD_USER_INPUT refused, from `extensions.fields`, never the message. */
export function refusedServiceFields(error: unknown): ServiceField[] {
  return refused(error, SERVICE_FIELDS);
}

/** The fields of a package a BAD_USER_INPUT refused, from `extensions.fields`. */
export function refusedPackageFields(error: unknown): PackageField[] {
  return refused(error, PACKAGE_FIELDS);
}
