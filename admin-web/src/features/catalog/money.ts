import { minorDigits } from '@plannivo/web-kit/booking';
import { fromScaledInteger, toScaledInteger } from '../../shared/lib/decimal';

// Minor digits of a currency as Intl knows them (TRY and EUR 2, JPY 0), as the API does.
export { minorDigits };

/** An amount in minor units as the number a price input shows: 450000 TRY is 4500. */
export function minorToAmount(amountMinor: number, currency: string): number {
  return fromScaledInteger(amountMinor, minorDigits(currency));
}

/**
 * What a price input holds (a number, or the text of an unfinished one) in minor units,
 * exactly: 19.99 EUR is 1999. Null when empty or not a price in this currency.
 */
export function amountToMinor(value: number | string, currency: string): number | null {
  return toScaledInteger(value, minorDigits(currency));
}

const intlLocale = (language: string) => (language === 'tr' ? 'tr-TR' : 'en-GB');

/** An amount as the reader expects it: `₺4.500,00` in Turkish, `€65.00` in English. */
export function formatMoney(amountMinor: number, currency: string, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency }).format(
    minorToAmount(amountMinor, currency),
  );
}

/** The separators a price input uses in a language: `1.500,50` in Turkish, `1,500.50` in English. */
export function numberSeparators(language: string): {
  decimalSeparator: string;
  thousandSeparator: string;
} {
  return language === 'tr'
    ? { decimalSeparator: ',', thousandSeparator: '.' }
    : { decimalSeparator: '.', thousandSeparator: ',' };
}

/** The currency's own sign where it has a short one (₺, €), else its code. */
export function currencySymbol(currency: string, language: string): string {
  try {
    return (
      new Intl.NumberFormat(intlLocale(language), {
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
