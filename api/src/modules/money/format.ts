/**
 * Intl formatters take tens of microseconds to build and a calendar week formats a thousand
 * prices: one formatter per locale and currency, built once. Bounded by the currencies in use.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, format);
  }
  return format;
}

const digitsOf = new Map<string, number>();

/** Fraction digits of a currency (JPY 0, EUR 2, ...), as Intl knows them. */
export function minorDigits(currency: string): number {
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    digits = currencyFormat('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
    digitsOf.set(currency, digits);
  }
  return digits;
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
