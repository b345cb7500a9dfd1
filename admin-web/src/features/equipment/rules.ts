import type { CreateEquipmentInput, UpdateEquipmentInput } from '../../gql/graphql';
import { amountToMinor, minorToAmount } from '../catalog/money';

/** The API's limits, checked here first so a refusal is rare. */
export const NAME_MAX = 120;
export const TEXT_MAX = 80;
export const SIZE_MAX = 20;
export const NOTES_MAX = 2000;
export const REASON_MAX = 500;
export const USAGE_HOURS_MAX = 100_000;
const EARLIEST_PURCHASE = '1980-01-01';

/** An item as its form holds it: texts as typed, the cost as the price input holds it. */
export interface EquipmentDraft {
  name: string;
  category: string | null;
  size: string;
  brand: string;
  model: string;
  serialNumber: string;
  /** `YYYY-MM-DD`, or null. */
  purchaseDate: string | null;
  /** In the location's currency, as NumberInput gives it (a number or unfinished text). */
  purchaseCost: number | string;
  usageHoursBase: number | string;
  notes: string;
}

export type EquipmentField = keyof EquipmentDraft;

/** Why a field is refused, as a key of `form.errors` in the equipment texts. */
export type DraftProblem = 'required' | 'tooLong' | 'future' | 'tooOld' | 'notAmount' | 'notHours';

/** The item as it is now, for an edit form. */
export interface EditedItem {
  name: string;
  category: string;
  size?: string | null;
  brand?: string | null;
  model?: string | null;
  serialNumber?: string | null;
  purchaseDate?: string | null;
  purchaseCost?: { amountMinor: number; currency: string } | null;
  usageHoursBase?: number | null;
  notes?: string | null;
}

export const emptyDraft = (category: string | null = 'KITE'): EquipmentDraft => ({
  name: '',
  category,
  size: '',
  brand: '',
  model: '',
  serialNumber: '',
  purchaseDate: null,
  purchaseCost: '',
  usageHoursBase: '',
  notes: '',
});

export function draftOf(item: EditedItem): EquipmentDraft {
  return {
    name: item.name,
    category: item.category,
    size: item.size ?? '',
    brand: item.brand ?? '',
    model: item.model ?? '',
    serialNumber: item.serialNumber ?? '',
    purchaseDate: item.purchaseDate ?? null,
    purchaseCost: item.purchaseCost
      ? minorToAmount(item.purchaseCost.amountMinor, item.purchaseCost.currency)
      : '',
    usageHoursBase: item.usageHoursBase ? item.usageHoursBase : '',
    notes: item.notes ?? '',
  };
}

const blank = (value: number | string) => String(value).trim() === '';

/** Hours as typed (`12,5` too); null when empty, NaN when not a number. */
function hoursOf(value: number | string): number | null {
  if (blank(value)) return null;
  const n = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : Number.NaN;
}

/**
 * What is wrong with a draft, by field, before it is sent: required name and category, the
 * API's lengths, a purchase date not in the future (`today` at the location) nor before 1980,
 * a cost the location's currency can hold, hours between 0 and 100,000.
 */
export function draftProblems(
  draft: EquipmentDraft,
  context: { currency: string; today: string },
): Partial<Record<EquipmentField, DraftProblem>> {
  const problems: Partial<Record<EquipmentField, DraftProblem>> = {};
  const name = draft.name.trim();
  if (!name) problems.name = 'required';
  else if (name.length > NAME_MAX) problems.name = 'tooLong';
  if (!draft.category) problems.category = 'required';
  if (draft.size.trim().length > SIZE_MAX) problems.size = 'tooLong';
  for (const field of ['brand', 'model', 'serialNumber'] as const) {
    if (draft[field].trim().length > TEXT_MAX) problems[field] = 'tooLong';
  }
  if (draft.notes.trim().length > NOTES_MAX) problems.notes = 'tooLong';
  if (draft.purchaseDate) {
    if (draft.purchaseDate > context.today) problems.purchaseDate = 'future';
    else if (draft.purchaseDate < EARLIEST_PURCHASE) problems.purchaseDate = 'tooOld';
  }
  if (!blank(draft.purchaseCost) && amountToMinor(draft.purchaseCost, context.currency) === null) {
    problems.purchaseCost = 'notAmount';
  }
  const hours = hoursOf(draft.usageHoursBase);
  if (hours !== null && !(hours >= 0 && hours <= USAGE_HOURS_MAX)) {
    problems.usageHoursBase = 'notHours';
  }
  return problems;
}

const text = (value: string) => value.trim() || null;

/** The fields of a checked draft as the API takes them; the cost in exact minor units. */
function fieldsOf(draft: EquipmentDraft, currency: string) {
  const amount = blank(draft.purchaseCost) ? null : amountToMinor(draft.purchaseCost, currency);
  return {
    name: draft.name.trim(),
    category: draft.category ?? '',
    size: text(draft.size),
    brand: text(draft.brand),
    model: text(draft.model),
    serialNumber: text(draft.serialNumber),
    purchaseDate: draft.purchaseDate || null,
    purchaseCost: amount === null ? null : { amountMinor: amount, currency },
    usageHoursBase: hoursOf(draft.usageHoursBase),
    notes: text(draft.notes),
  };
}

/** A new item at a location, from a checked draft. */
export function createInputOf(
  draft: EquipmentDraft,
  locationId: string,
  currency: string,
): CreateEquipmentInput {
  return { locationId, ...fieldsOf(draft, currency) };
}

/**
 * The changes of a checked draft against the item as it was: only fields that differ, an
 * emptied optional field as null. The cost keeps the item's own currency unless it changes.
 */
export function updateInputOf(
  draft: EquipmentDraft,
  item: EditedItem,
  currency: string,
): UpdateEquipmentInput {
  const next = fieldsOf(draft, item.purchaseCost?.currency ?? currency);
  const before = fieldsOf(draftOf(item), item.purchaseCost?.currency ?? currency);
  const changes: UpdateEquipmentInput = {};
  for (const key of Object.keys(next) as Array<keyof typeof next>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) {
      (changes as Record<string, unknown>)[key] = next[key];
    }
  }
  // A new cost is always in the location's currency (the API refuses another).
  if (changes.purchaseCost) changes.purchaseCost = { ...changes.purchaseCost, currency };
  // The usage base cannot be cleared, only set to 0.
  if ('usageHoursBase' in changes && changes.usageHoursBase === null) changes.usageHoursBase = 0;
  return changes;
}
