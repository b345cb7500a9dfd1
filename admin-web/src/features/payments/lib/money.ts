import { minorDigits } from '@plannivo/web-kit/booking';
import { fromScaledInteger, toScaledInteger } from '../../../shared/lib/decimal';

/**
 * Amounts as people type them (major units: 12.50 EUR, 1500 JPY, 1.250 KWD) and as the API
 * keeps them (integer minor units), converted with the currency's ISO 4217 exponent from the
 * web-kit table: never a float multiplication.
 */
export { minorDigits };

/** What an amount input holds (a number, or the text of an unfinished one) in minor units. */
export function amountToMinor(value: number | string, currency: string): number | null {
  return toScaledInteger(value, minorDigits(currency));
}

/** Minor units as the number an amount input shows: 125050 TRY is 1250.5. */
export function minorToAmount(amountMinor: number, currency: string): number {
  return fromScaledInteger(amountMinor, minorDigits(currency));
}

/** The separators an amount input uses: `1.500,50` in Turkish, `1,500.50` in English. */
export function numberSeparators(language: string): {
  decimalSeparator: string;
  thousandSeparator: string;
} {
  return language === 'tr'
    ? { decimalSeparator: ',', thousandSeparator: '.' }
    : { decimalSeparator: '.', thousandSeparator: ',' };
}

/** The currency's own short sign where it has one (₺, €), else its code. */
export function currencySymbol(currency: string, language: string): string {
  try {
    return (
      new Intl.NumberFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      })
        .formatToParts(0)
        .find((part) => part.type === 'currency')?.value ?? currency
    );
  } catch {
    return currency;
  }
}

/**
 * A fresh idempotency key (a version 4 UUID) for one payment attempt: kept while the same
 * form is retried, so a retry after a lost answer cannot take the money twice.
 * `crypto.randomUUID` exists only on secure origins; `getRandomValues` everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
