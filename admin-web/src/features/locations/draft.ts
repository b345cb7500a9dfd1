import type { LocationDetailFieldsFragment, UpdateLocationInput } from '../../gql/graphql';
import { basisPointsToPercent, MAX_TAX_BASIS_POINTS, percentToBasisPoints } from './finance';
import { rangesFromWeek, sameRanges, weekFromRanges, type DayHours } from './openingHours';

/** What the location form holds while it is edited. */
export interface LocationDraft {
  name: string;
  timezone: string;
  address: string;
  phone: string;
  email: string;
  week: DayHours[];
  taxPercent: number | string;
  taxInclusive: boolean;
  paymentMethods: string[];
}

/** The fields of the form, as the API names them in `extensions.fields`. */
export const LOCATION_FIELDS = [
  'name',
  'timezone',
  'address',
  'phone',
  'email',
  'openingHours',
  'taxRateBasisPoints',
  'taxInclusive',
  'paymentMethods',
] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number];

/** Enough of an email check to catch typos, as the API's. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TEXT_MAX = 300;

export function draftOf(location: LocationDetailFieldsFragment): LocationDraft {
  return {
    name: location.name,
    timezone: location.timezone,
    address: location.address ?? '',
    phone: location.phone ?? '',
    email: location.email ?? '',
    week: weekFromRanges(location.openingHours),
    taxPercent: basisPointsToPercent(location.taxRateBasisPoints),
    taxInclusive: location.taxInclusive,
    paymentMethods: [...location.paymentMethods],
  };
}

/** Why the form refuses a field before sending; the key of its message. */
export type LocationProblem =
  | 'nameLength'
  | 'timezoneRequired'
  | 'tooLong'
  | 'email'
  | 'openingHours'
  | 'taxRate'
  | 'paymentMethods';

/**
 * What the form would refuse before sending, per field (the API checks again), with the
 * weekdays whose hours are not a range.
 */
export function draftProblems(draft: LocationDraft) {
  const problems: Partial<Record<LocationField, LocationProblem>> = {};
  const name = draft.name.trim();
  if (name.length < 2 || name.length > 120) problems.name = 'nameLength';
  if (!draft.timezone) problems.timezone = 'timezoneRequired';
  for (const field of ['address', 'phone', 'email'] as const) {
    if (draft[field].trim().length > TEXT_MAX) problems[field] = 'tooLong';
  }
  if (draft.email.trim() && !EMAIL.test(draft.email.trim())) problems.email = 'email';
  const hours = rangesFromWeek(draft.week);
  if (hours.ranges === null) problems.openingHours = 'openingHours';
  const basisPoints = percentToBasisPoints(draft.taxPercent);
  if (basisPoints === null || basisPoints < 0 || basisPoints > MAX_TAX_BASIS_POINTS) {
    problems.taxRateBasisPoints = 'taxRate';
  }
  if (draft.paymentMethods.length === 0) problems.paymentMethods = 'paymentMethods';
  return { problems, invalidDays: hours.invalid };
}

const text = (value: string) => value.trim() || null;

/**
 * The changed fields of a valid draft, as `updateLocation` takes them; null when nothing
 * changed. Opening hours are sent whole (they replace the week).
 */
export function changesOf(
  location: LocationDetailFieldsFragment,
  draft: LocationDraft,
): UpdateLocationInput | null {
  const changes: UpdateLocationInput = {};
  if (draft.name.trim() !== location.name) changes.name = draft.name.trim();
  if (draft.timezone !== location.timezone) changes.timezone = draft.timezone;
  for (const field of ['address', 'phone', 'email'] as const) {
    if (text(draft[field]) !== location[field]) changes[field] = text(draft[field]);
  }
  const { ranges } = rangesFromWeek(draft.week);
  if (ranges === null || !sameRanges(ranges, location.openingHours)) {
    changes.openingHours = ranges ?? [];
  }
  const basisPoints = percentToBasisPoints(draft.taxPercent);
  if (basisPoints !== location.taxRateBasisPoints) changes.taxRateBasisPoints = basisPoints;
  if (draft.taxInclusive !== location.taxInclusive) changes.taxInclusive = draft.taxInclusive;
  const methods = [...draft.paymentMethods].sort().join();
  if (methods !== [...location.paymentMethods].sort().join()) {
    changes.paymentMethods = draft.paymentMethods;
  }
  return Object.keys(changes).length ? changes : null;
}
