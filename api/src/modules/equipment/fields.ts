import type { FieldErrors } from '../../errors.js';
import { isLocalDate, localDateOf } from '../availability/time.js';
import {
  categoryKey,
  CATEGORY_MAX,
  EQUIPMENT_NAME_MAX,
  EQUIPMENT_TEXT_MAX,
  SIZE_MAX,
  sizeLabel,
} from './rules.js';

/** Longest staff note on an item, and longest reason (retirement, out of service). */
export const EQUIPMENT_NOTES_MAX = 2000;
export const EQUIPMENT_REASON_MAX = 500;
/** Hours of use an item may bring from before Plannivo counted it. */
export const USAGE_HOURS_BASE_MAX = 100_000;
/** The earliest purchase date taken: older is a typing mistake, not a kite. */
const EARLIEST_PURCHASE = '1980-01-01';
const MAX_MINOR = 2_147_483_647;

/** The fields of an item as created or changed (everything but its location). */
export interface EquipmentFieldsInput {
  name: string;
  category: string;
  size?: string | null;
  brand?: string | null;
  model?: string | null;
  serialNumber?: string | null;
  /** YYYY-MM-DD at the item's location, not in the future. */
  purchaseDate?: string | null;
  /** Minor units; the currency must be the location's. */
  purchaseCost?: { amountMinor: number; currency: string } | null;
  /** Hours of use before Plannivo counted it; stored as whole minutes. */
  usageHoursBase?: number | null;
  notes?: string | null;
}

/** The stored values of an item's fields, as `checkEquipmentFields` writes them. */
export interface EquipmentValues {
  name: string;
  category: string;
  size: string | null;
  brand: string | null;
  model: string | null;
  serialNumber: string | null;
  purchaseDate: string | null;
  purchaseCost: number | null;
  purchaseCurrency: string | null;
  usageMinutesBase: number;
  notes: string | null;
}

/** Optional one-line text: trimmed, inner spaces collapsed, blank is null, too long a problem. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  max: number,
  problems: FieldErrors,
) {
  const text = value?.trim().replace(/\s+/g, ' ') || null;
  if (text && text.length > max) problems[field] = `must be at most ${max} characters`;
  return text;
}

/** Optional text that may span lines (notes, reasons): trimmed at the ends, blank is null. */
export function optionalNotes(
  value: string | null | undefined,
  field: string,
  max: number,
  problems: FieldErrors,
) {
  const text = value?.trim() || null;
  if (text && text.length > max) problems[field] = `must be at most ${max} characters`;
  return text;
}

/**
 * The fields of an item, checked and written the stored way: category as an upper-case key,
 * size as a label (rules.ts), texts trimmed, the purchase cost in the location's currency,
 * hours of use as whole minutes. Returns the problems by field instead of throwing, so the
 * seed and the CSV import can report them too. `location`, when known, checks the cost's
 * currency and that the purchase date is not after its today (at `now`).
 */
export function checkEquipmentFields(
  input: EquipmentFieldsInput,
  location?: { currency: string; timezone: string } | null,
  now: Date = new Date(),
): { values: EquipmentValues; problems: FieldErrors } {
  const problems: FieldErrors = {};
  const name = input.name?.trim().replace(/\s+/g, ' ') ?? '';
  if (!name || name.length > EQUIPMENT_NAME_MAX) {
    problems.name = `must be 1 to ${EQUIPMENT_NAME_MAX} characters`;
  }
  const category = categoryKey(input.category ?? '');
  if (!category) {
    problems.category = `must be a word such as KITE or WETSUIT (letters, digits, spaces; at most ${CATEGORY_MAX})`;
  }
  const size = sizeLabel(input.size);
  if (size && size.length > SIZE_MAX) problems.size = `must be at most ${SIZE_MAX} characters`;

  const purchaseDate = input.purchaseDate?.trim() || null;
  if (purchaseDate) {
    const today = location ? localDateOf(now, location.timezone).date : null;
    if (!isLocalDate(purchaseDate) || purchaseDate < EARLIEST_PURCHASE) {
      problems.purchaseDate = 'must be a date as YYYY-MM-DD, 1980 or later';
    } else if (today && purchaseDate > today) {
      problems.purchaseDate = 'must not be in the future';
    }
  }

  let purchaseCost: number | null = null;
  let purchaseCurrency: string | null = null;
  if (input.purchaseCost) {
    const { amountMinor, currency } = input.purchaseCost;
    if (!Number.isInteger(amountMinor) || amountMinor < 0 || amountMinor > MAX_MINOR) {
      problems.purchaseCost = 'must be a whole number of minor units, 0 or more';
    } else if (location && currency !== location.currency) {
      problems.purchaseCost = `must be in ${location.currency}, the location's currency`;
    } else if (!/^[A-Z]{3}$/.test(currency)) {
      problems.purchaseCost = 'must have an ISO 4217 currency code';
    } else {
      purchaseCost = amountMinor;
      purchaseCurrency = currency;
    }
  }

  let usageMinutesBase = 0;
  if (input.usageHoursBase != null) {
    const hours = input.usageHoursBase;
    if (!Number.isFinite(hours) || hours < 0 || hours > USAGE_HOURS_BASE_MAX) {
      problems.usageHoursBase = `must be between 0 and ${USAGE_HOURS_BASE_MAX} hours`;
    } else {
      usageMinutesBase = Math.round(hours * 60);
    }
  }

  const values: EquipmentValues = {
    name,
    category: category ?? '',
    size,
    brand: optionalText(input.brand, 'brand', EQUIPMENT_TEXT_MAX, problems),
    model: optionalText(input.model, 'model', EQUIPMENT_TEXT_MAX, problems),
    serialNumber: optionalText(input.serialNumber, 'serialNumber', EQUIPMENT_TEXT_MAX, problems),
    purchaseDate: problems.purchaseDate ? null : purchaseDate,
    purchaseCost,
    purchaseCurrency,
    usageMinutesBase,
    notes: optionalNotes(input.notes, 'notes', EQUIPMENT_NOTES_MAX, problems),
  };
  return { values, problems };
}
