import { ISO_4217_EXPONENTS, isCurrencyCode } from '@plannivo/schema/currencies';

/**
 * Intl formatters take tens of microseconds to build and a calendar week formats a thousand
 * prices: one formatter per locale and currency, built once. Bounded by the currencies in use.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = formatters.get(key);
  if (!format) {
    const digits = isCurrencyCode(currency) ? ISO_4217_EXPONENTS[currency] : undefined;
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Minor-unit exponent of a currency (JPY 0, EUR 2, KWD 3) from the ISO 4217 table in
 * `@plannivo/schema/currencies`. Locations only take codes of that table; for any other code
 * (an amount read from an old row, say) Intl's digits stand in rather than failing a page.
 */
export function minorDigits(currency: string): number {
  if (isCurrencyCode(currency)) return ISO_4217_EXPONENTS[currency];
  return currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Recent answers: a school has few distinct prices, and a calendar page shows each many
 * times. Cleared whole when it reaches its bound.
 */
const formatted = new Map<string, string>();
const FORMATTED_MAX = 10_000;

/** An amount as the caller reads it: `₺1.500,00` in Turkish, `€1,500.00` in English. */
export function formatMoney(amountMinor: number, currency: string, locale: string) {
  const key = `${locale} ${currency} ${amountMinor}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const digits = minorDigits(currency);
    text = currencyFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', currency).format(
      amountMinor / 10 ** digits,
    );
    if (formatted.size >= FORMATTED_MAX) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

/** The Money a resolver returns. */
export const money = (amountMinor: number, currency: string, locale: string) => ({
  amountMinor,
  currency,
  formatted: formatMoney(amountMinor, currency, locale),
});
