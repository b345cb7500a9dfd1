import { DISCIPLINES, SKILL_LEVELS } from '../customers/schema.js';
import { categoryKey } from '../equipment/rules.js';
import type { LessonFormat, RentalPeriod, ServiceKind } from './schema.js';

export interface ServiceFields {
  name: string;
  description?: string | null;
  kind: ServiceKind;
  discipline?: string | null;
  lessonFormat?: LessonFormat | null;
  rentalPeriod?: RentalPeriod | null;
  durationMinutes?: number | null;
  capacity?: number | null;
  requiredLevel?: string | null;
  priceMinor: number;
  /** Cancellation policy: free until this many hours before the start (0–720)... */
  freeCancellationHours?: number | null;
  /** ...then this share of the price, in basis points (0–10000). */
  lateCancellationFeeBps?: number | null;
  /** Equipment categories each participant needs (KITE, BOARD, ...), at most 10. */
  equipmentCategories?: readonly string[] | null;
}

/** The policy of a service created without one: free until 24 hours before, then half. */
export const DEFAULT_FREE_CANCELLATION_HOURS = 24;
export const DEFAULT_LATE_CANCELLATION_FEE_BPS = 5000;

/** Longest description of a service or package. */
export const DESCRIPTION_MAX = 2000;
/** Highest price of a catalog entry, in minor units (1,000,000.00). */
export const PRICE_MAX_MINOR = 100_000_000;
const PRICE_PROBLEM = 'must be a whole number of minor units, 0 to 100000000';
const isPrice = (value: number) =>
  Number.isInteger(value) && value >= 0 && value <= PRICE_MAX_MINOR;

/** How long each rental period lasts; accommodation is priced per night. */
export const RENTAL_MINUTES: Record<RentalPeriod, number> = { HOUR: 60, HALF_DAY: 240, DAY: 480 };
const NIGHT_MINUTES = 24 * 60;

/** Seats a lesson format allows: private 1, semi-private 2–3, group 2–20. */
const LESSON_CAPACITY: Record<LessonFormat, [number, number]> = {
  PRIVATE: [1, 1],
  SEMI_PRIVATE: [2, 3],
  GROUP: [2, 20],
};

/**
 * The columns of a catalog service and, per field, why a value is refused. The kind decides
 * which fields apply: a lesson has a discipline and a format whose capacity it respects; a
 * rental a period that fixes its duration; accommodation is a night for `capacity` guests.
 */
export function checkServiceFields(input: ServiceFields) {
  const problems: Record<string, string> = {};
  const name = input.name.trim();
  if (!name || name.length > 120) problems.name = 'must be 1 to 120 characters';
  if (!isPrice(input.priceMinor)) problems.price = PRICE_PROBLEM;
  if (input.description && input.description.length > DESCRIPTION_MAX) {
    problems.description = `must be at most ${DESCRIPTION_MAX} characters`;
  }
  if (input.requiredLevel && !(SKILL_LEVELS as readonly string[]).includes(input.requiredLevel)) {
    problems.requiredLevel = 'is not a skill level';
  }
  if (input.discipline && !(DISCIPLINES as readonly string[]).includes(input.discipline)) {
    problems.discipline = 'is not a discipline';
  }
  const freeHours = input.freeCancellationHours ?? DEFAULT_FREE_CANCELLATION_HOURS;
  if (!Number.isInteger(freeHours) || freeHours < 0 || freeHours > 720)
    problems.freeCancellationHours = 'must be 0 to 720 hours';
  const feeBps = input.lateCancellationFeeBps ?? DEFAULT_LATE_CANCELLATION_FEE_BPS;
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > 10_000)
    problems.lateCancellationFeeBps = 'must be 0 to 10000 basis points (0–100 %)';
  const categories = (input.equipmentCategories ?? []).map((c) => categoryKey(c));
  if (categories.length > 10 || categories.some((c) => !c))
    problems.equipmentCategories = 'at most 10 categories such as KITE, BOARD';
  let durationMinutes = input.durationMinutes ?? null;
  let capacity = input.capacity ?? 1;
  let lessonFormat: LessonFormat | null = null;
  let rentalPeriod: RentalPeriod | null = null;
  let discipline = input.discipline ?? null;
  if (input.kind === 'LESSON') {
    if (!input.discipline) problems.discipline = 'a lesson needs a discipline';
    if (!input.lessonFormat) problems.lessonFormat = 'a lesson needs a format';
    else {
      lessonFormat = input.lessonFormat;
      const [min, max] = LESSON_CAPACITY[lessonFormat];
      capacity = input.capacity ?? max;
      if (capacity < min || capacity > max)
        problems.capacity = `must be ${min} to ${max} for this format`;
    }
    if (!durationMinutes || durationMinutes < 15 || durationMinutes > 600 || durationMinutes % 15) {
      problems.durationMinutes = 'must be 15 to 600 minutes, in steps of 15';
    }
  } else if (input.kind === 'RENTAL') {
    if (!input.rentalPeriod) problems.rentalPeriod = 'a rental needs a period';
    else {
      rentalPeriod = input.rentalPeriod;
      durationMinutes = RENTAL_MINUTES[rentalPeriod];
    }
    if (capacity < 1 || capacity > 50) problems.capacity = 'must be 1 to 50';
  } else {
    durationMinutes = NIGHT_MINUTES;
    discipline = null;
    if (capacity < 1 || capacity > 20) problems.capacity = 'must be 1 to 20 guests';
  }
  return {
    problems,
    values: {
      name,
      description: input.description?.trim() || null,
      kind: input.kind,
      discipline,
      lessonFormat,
      rentalPeriod,
      durationMinutes: durationMinutes ?? 60,
      capacity,
      requiredLevel: input.requiredLevel ?? null,
      priceMinor: input.priceMinor,
      freeCancellationHours: freeHours,
      lateCancellationFeeBps: feeBps,
      equipmentCategories: [...new Set(categories.filter((c): c is string => !!c))],
    },
  };
}

export interface PackageFields {
  name: string;
  description?: string | null;
  validityDays: number;
  priceMinor: number;
  items: ReadonlyArray<{ serviceId: string; quantity: number }>;
}

/** Longest validity of a package: three years. */
export const VALIDITY_DAYS_MAX = 1095;
/** Most services in one package, and most sessions of one service in it. */
export const PACKAGE_ITEMS_MAX = 20;
export const ITEM_QUANTITY_MAX = 100;

/**
 * The columns of a package and, per field, why a value is refused: a name, a validity of 1 to
 * 1095 days, a price, and 1 to 20 different services with 1 to 100 sessions each. Whether the
 * services belong to the package's location is the service's to check (it needs the rows).
 */
export function checkPackageFields(input: PackageFields) {
  const problems: Record<string, string> = {};
  const name = input.name.trim();
  if (!name || name.length > 120) problems.name = 'must be 1 to 120 characters';
  if (input.description && input.description.length > DESCRIPTION_MAX) {
    problems.description = `must be at most ${DESCRIPTION_MAX} characters`;
  }
  if (
    !Number.isInteger(input.validityDays) ||
    input.validityDays < 1 ||
    input.validityDays > VALIDITY_DAYS_MAX
  ) {
    problems.validityDays = `must be 1 to ${VALIDITY_DAYS_MAX} days`;
  }
  if (!isPrice(input.priceMinor)) problems.price = PRICE_PROBLEM;
  const items = input.items;
  const serviceIds = [...new Set(items.map((i) => i.serviceId))];
  if (!items.length) problems.items = 'a package holds at least one service';
  else if (items.length > PACKAGE_ITEMS_MAX) {
    problems.items = `at most ${PACKAGE_ITEMS_MAX} services`;
  } else if (serviceIds.length !== items.length) problems.items = 'a service is listed twice';
  else if (
    items.some(
      (i) => !Number.isInteger(i.quantity) || i.quantity < 1 || i.quantity > ITEM_QUANTITY_MAX,
    )
  ) {
    problems.items = `quantities must be 1 to ${ITEM_QUANTITY_MAX}`;
  }
  return {
    problems,
    values: {
      name,
      description: input.description?.trim() || null,
      validityDays: input.validityDays,
      priceMinor: input.priceMinor,
    },
    serviceIds,
  };
}
