/**
 * The price of a booking before it exists: the catalog's unit price times the participants,
 * in integer minor units (never a float sum), formatted in the UI language.
 */

import { ISO_4217_EXPONENTS, isCurrencyCode } from '@plannivo/schema/currencies';

export interface MoneyValue {
  amountMinor: number;
  currency: string;
}

/**
 * The minor-unit exponent of a currency (2 for EUR and TRY, 0 for JPY, 3 for KWD) from the
 * ISO 4217 table the API uses too; Intl's digits only for a code outside it.
 */
export function minorDigits(currency: string): number {
  if (isCurrencyCode(currency)) return ISO_4217_EXPONENTS[currency];
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** `€340.00` / `340,00 €`: minor units in the UI language. */
export function formatMoney({ amountMinor, currency }: MoneyValue, language: string): string {
  const digits = minorDigits(currency);
  const major = amountMinor / 10 ** digits;
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency}`;
  }
}

/** Unit price × participants × occurrences, in minor units. */
export function bookingTotal(unit: MoneyValue, participants: number, occurrences = 1): MoneyValue {
  const people = Math.max(1, Math.floor(participants));
  const times = Math.max(1, Math.floor(occurrences));
  return { amountMinor: unit.amountMinor * people * times, currency: unit.currency };
}
