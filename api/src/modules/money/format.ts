/** Fraction digits of a currency (JPY 0, EUR 2, ...), as Intl knows them. */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/** An amount as the caller reads it: `₺1.500,00` in Turkish, `€1,500.00` in English. */
export function formatMoney(amountMinor: number, currency: string, locale: string) {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    style: 'currency',
    currency,
  }).format(amountMinor / 10 ** digits);
}

/** The Money a resolver returns. */
export const money = (amountMinor: number, currency: string, locale: string) => ({
  amountMinor,
  currency,
  formatted: formatMoney(amountMinor, currency, locale),
});
