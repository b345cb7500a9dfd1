/**
 * Currencies to choose from: the ones the school already uses first (its locations', the
 * wallet's), then every other code the browser knows, for a tourist paying in their own money.
 * The API takes only ISO 4217 codes with a minor unit and says so on the field otherwise.
 */
export function currencyChoices(
  used: readonly string[],
  labels: { used: string; other: string },
): Array<{ group: string; items: string[] }> {
  const first = [...new Set(used)].sort();
  const known = new Set(first);
  const others = allCurrencies().filter((c) => !known.has(c));
  return [
    { group: labels.used, items: first },
    ...(others.length ? [{ group: labels.other, items: others }] : []),
  ].filter((g) => g.items.length > 0);
}

function allCurrencies(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return [];
  }
}

/** A decimal rate in the reader's language: `38,25` in Turkish, `38.25` in English. */
export function formatRate(rate: string, language: string): string {
  const [whole = '0', fraction] = rate.split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  const separator = language === 'tr' ? ',' : '.';
  return trimmed ? `${whole}${separator}${trimmed}` : whole;
}

/** A typed rate as the API wants it: `38,25` → `38.25`, surrounding spaces gone. */
export function normaliseRate(text: string): string {
  return text.trim().replace(',', '.');
}

/** `1 EUR = 38,25 TRY`: a rate as a formula, the same in every language but its decimals. */
export function rateLine(base: string, quote: string, rate: string, language: string): string {
  return `1 ${base} = ${formatRate(rate, language)} ${quote}`;
}

/** `1 TRY ≈ 0,0261438 EUR`: the other way round, to six significant digits. */
export function inverseLine(base: string, quote: string, rate: string, language: string): string {
  const inverse = new Intl.NumberFormat(language === 'tr' ? 'tr-TR' : 'en-GB', {
    maximumSignificantDigits: 6,
  }).format(1 / Number(rate));
  return `1 ${quote} ≈ ${inverse} ${base}`;
}
