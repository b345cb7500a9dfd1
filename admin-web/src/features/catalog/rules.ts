import { EQUIPMENT_CATEGORIES, type EquipmentCategory } from '@plannivo/web-kit/booking';
import type {
  Discipline,
  LessonFormat,
  RentalPeriod,
  ServiceKind,
  SkillLevel,
} from '../../gql/graphql';
import type { Missing } from '../../shared/lib/exhaustive';
import { amountToMinor } from './money';

export { DISCIPLINES, SKILL_LEVELS } from '../../shared/lib/disciplines';

// The catalog's rules as the API states them (api/src/modules/catalog/rules.ts), repeated
// here so the editor explains a refusal before sending. The API decides.

export const SERVICE_KINDS = [
  'LESSON',
  'RENTAL',
  'ACCOMMODATION',
] as const satisfies readonly ServiceKind[];
export const LESSON_FORMATS = [
  'PRIVATE',
  'SEMI_PRIVATE',
  'GROUP',
] as const satisfies readonly LessonFormat[];
export const RENTAL_PERIODS = [
  'HOUR',
  'HALF_DAY',
  'DAY',
] as const satisfies readonly RentalPeriod[];

// A new value in the schema is a compile error here until the editor offers it.
const complete: [
  Missing<ServiceKind, (typeof SERVICE_KINDS)[number]>,
  Missing<LessonFormat, (typeof LESSON_FORMATS)[number]>,
  Missing<RentalPeriod, (typeof RENTAL_PERIODS)[number]>,
] = [true, true, true];
void complete;

/** Seats a lesson format allows: private 1, semi-private 2–3, group 2–20. */
export const LESSON_CAPACITY: Record<LessonFormat, readonly [number, number]> = {
  PRIVATE: [1, 1],
  SEMI_PRIVATE: [2, 3],
  GROUP: [2, 20],
};
/** How long each rental period lasts. */
export const RENTAL_MINUTES: Record<RentalPeriod, number> = { HOUR: 60, HALF_DAY: 240, DAY: 480 };
export const RENTAL_CAPACITY = [1, 50] as const;
export const GUESTS = [1, 20] as const;
export const LESSON_MINUTES = { min: 15, max: 600, step: 15 } as const;
export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const PRICE_MAX_MINOR = 100_000_000;
export const VALIDITY_DAYS = [1, 1095] as const;
export const PACKAGE_ITEMS_MAX = 20;
export const ITEM_QUANTITY = [1, 100] as const;

/** What the service form holds while it is edited. */
export interface ServiceDraft {
  name: string;
  description: string;
  kind: ServiceKind;
  discipline: Discipline | null;
  lessonFormat: LessonFormat;
  rentalPeriod: RentalPeriod;
  durationMinutes: number | string;
  capacity: number | string;
  requiredLevel: SkillLevel | null;
  price: number | string;
  active: boolean;
  /** Cancelling is free until this many hours before the start. */
  freeCancellationHours: number | string;
  /** After that, this percentage of the price is kept (up to 2 decimals). */
  lateFeePercent: number | string;
  /** Equipment categories each participant needs (KITE, BOARD, …). */
  equipmentCategories: string[];
}

/**
 * Equipment categories offered in the service form (the shared list but paddles, sails and
 * boats, which the catalog's texts have no words for); others can be typed.
 */
const NOT_IN_SERVICE_FORM = ['PADDLE', 'SAIL', 'BOAT'] as const satisfies EquipmentCategory[];
type ServiceFormCategory = Exclude<EquipmentCategory, (typeof NOT_IN_SERVICE_FORM)[number]>;
export const SERVICE_EQUIPMENT_CATEGORIES = EQUIPMENT_CATEGORIES.filter(
  (category): category is ServiceFormCategory =>
    !(NOT_IN_SERVICE_FORM as readonly string[]).includes(category),
);

/** Percent with up to 2 decimals to basis points, exactly (12.5 → 1250); null when invalid. */
export function percentToBps(value: number | string): number | null {
  const text = String(value).trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null;
  const [whole, fraction = ''] = text.split('.');
  const bps = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

export type ServiceField =
  | 'name'
  | 'description'
  | 'discipline'
  | 'lessonFormat'
  | 'rentalPeriod'
  | 'durationMinutes'
  | 'capacity'
  | 'requiredLevel'
  | 'price'
  | 'freeCancellationHours'
  | 'lateCancellationFeeBps'
  | 'equipmentCategories';

/** A refusal: the key of its message in the catalog texts, and the values it names. */
export interface Problem {
  key: string;
  values?: Record<string, number | string>;
}

const whole = (value: number | string): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

/** The seats a service's draft allows, by kind and format. */
export function capacityRange(draft: Pick<ServiceDraft, 'kind' | 'lessonFormat'>) {
  if (draft.kind === 'LESSON') return LESSON_CAPACITY[draft.lessonFormat];
  if (draft.kind === 'RENTAL') return RENTAL_CAPACITY;
  return GUESTS;
}

/** Why the API would refuse this draft, per field; empty when it would take it. */
export function serviceProblems(
  draft: ServiceDraft,
  currency: string,
): Partial<Record<ServiceField, Problem>> {
  const problems: Partial<Record<ServiceField, Problem>> = {};
  const name = draft.name.trim();
  if (!name) problems.name = { key: 'problems.nameRequired' };
  else if (name.length > NAME_MAX)
    problems.name = { key: 'problems.tooLong', values: { max: NAME_MAX } };
  if (draft.description.length > DESCRIPTION_MAX) {
    problems.description = { key: 'problems.tooLong', values: { max: DESCRIPTION_MAX } };
  }
  const price = amountToMinor(draft.price, currency);
  if (price === null || price < 0 || price > PRICE_MAX_MINOR)
    problems.price = { key: 'problems.price' };
  if (draft.kind === 'LESSON') {
    if (!draft.discipline) problems.discipline = { key: 'problems.disciplineRequired' };
    const minutes = whole(draft.durationMinutes);
    if (
      minutes === null ||
      minutes < LESSON_MINUTES.min ||
      minutes > LESSON_MINUTES.max ||
      minutes % LESSON_MINUTES.step !== 0
    ) {
      problems.durationMinutes = { key: 'problems.duration', values: LESSON_MINUTES };
    }
  }
  const hours = whole(draft.freeCancellationHours);
  if (hours === null || hours < 0 || hours > 720)
    problems.freeCancellationHours = { key: 'problems.freeHours', values: { max: 720 } };
  if (percentToBps(draft.lateFeePercent) === null)
    problems.lateCancellationFeeBps = { key: 'problems.lateFee' };
  if (draft.equipmentCategories.length > 10)
    problems.equipmentCategories = { key: 'problems.tooManyCategories', values: { max: 10 } };
  const [min, max] = capacityRange(draft);
  const capacity = whole(draft.capacity);
  if (capacity === null || capacity < min || capacity > max) {
    problems.capacity = { key: 'problems.capacity', values: { min, max } };
  }
  return problems;
}

/**
 * The fields the API takes for a draft: only those its kind uses (a rental's duration comes
 * from its period, a night's is fixed, a room has no discipline). Call when
 * `serviceProblems` is empty.
 */
export function serviceInputOf(draft: ServiceDraft, currency: string) {
  const lesson = draft.kind === 'LESSON';
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    discipline: draft.kind === 'ACCOMMODATION' ? null : draft.discipline,
    lessonFormat: lesson ? draft.lessonFormat : null,
    rentalPeriod: draft.kind === 'RENTAL' ? draft.rentalPeriod : null,
    durationMinutes: lesson ? Number(draft.durationMinutes) : null,
    capacity: Number(draft.capacity),
    requiredLevel: draft.requiredLevel,
    price: { amountMinor: amountToMinor(draft.price, currency) ?? 0, currency },
    active: draft.active,
    freeCancellationHours: Number(draft.freeCancellationHours),
    lateCancellationFeeBps: percentToBps(draft.lateFeePercent) ?? 0,
    equipmentCategories: draft.kind === 'ACCOMMODATION' ? [] : draft.equipmentCategories,
  };
}

/** What the package form holds while it is edited. */
export interface PackageDraft {
  name: string;
  description: string;
  validityDays: number | string;
  price: number | string;
  gift: boolean;
  active: boolean;
  items: Array<{ serviceId: string | null; quantity: number | string }>;
}

export type PackageField = 'name' | 'description' | 'validityDays' | 'price' | 'items';

/** Why the API would refuse this package, per field; empty when it would take it. */
export function packageProblems(
  draft: PackageDraft,
  currency: string,
): Partial<Record<PackageField, Problem>> {
  const problems: Partial<Record<PackageField, Problem>> = {};
  const name = draft.name.trim();
  if (!name) problems.name = { key: 'problems.nameRequired' };
  else if (name.length > NAME_MAX)
    problems.name = { key: 'problems.tooLong', values: { max: NAME_MAX } };
  if (draft.description.length > DESCRIPTION_MAX) {
    problems.description = { key: 'problems.tooLong', values: { max: DESCRIPTION_MAX } };
  }
  const days = whole(draft.validityDays);
  if (days === null || days < VALIDITY_DAYS[0] || days > VALIDITY_DAYS[1]) {
    problems.validityDays = {
      key: 'problems.validity',
      values: { min: VALIDITY_DAYS[0], max: VALIDITY_DAYS[1] },
    };
  }
  const price = amountToMinor(draft.price, currency);
  if (price === null || price < 0 || price > PRICE_MAX_MINOR)
    problems.price = { key: 'problems.price' };
  const chosen = draft.items.map((item) => item.serviceId).filter(Boolean);
  if (draft.items.length === 0) problems.items = { key: 'problems.itemsRequired' };
  else if (draft.items.length > PACKAGE_ITEMS_MAX) {
    problems.items = { key: 'problems.itemsTooMany', values: { max: PACKAGE_ITEMS_MAX } };
  } else if (chosen.length !== draft.items.length) problems.items = { key: 'problems.itemService' };
  else if (new Set(chosen).size !== chosen.length) problems.items = { key: 'problems.itemTwice' };
  else if (
    draft.items.some((item) => {
      const quantity = whole(item.quantity);
      return quantity === null || quantity < ITEM_QUANTITY[0] || quantity > ITEM_QUANTITY[1];
    })
  ) {
    problems.items = {
      key: 'problems.quantity',
      values: { min: ITEM_QUANTITY[0], max: ITEM_QUANTITY[1] },
    };
  }
  return problems;
}

/** The fields the API takes for a package draft; call when `packageProblems` is empty. */
export function packageInputOf(draft: PackageDraft, currency: string) {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    validityDays: Number(draft.validityDays),
    price: { amountMinor: amountToMinor(draft.price, currency) ?? 0, currency },
    gift: draft.gift,
    active: draft.active,
    items: draft.items.map((item) => ({
      serviceId: item.serviceId ?? '',
      quantity: Number(item.quantity),
    })),
  };
}

/** Hours of lessons a package item gives: 5 sessions of 120 minutes are 10 hours. */
export function itemMinutes(quantity: number | string, durationMinutes: number): number | null {
  const count = whole(quantity);
  return count === null ? null : count * durationMinutes;
}
