import { minorDigits } from '@plannivo/web-kit/booking';

export interface FxRateLike {
  base: string;
  quote: string;
  /** Units of quote per unit of base, an exact decimal such as "38.25". */
  rate: string;
  validOn: string;
}

/** The rate a conversion from `from` to `to` would use on `day`, as the API picks it. */
export interface ApplicableRate {
  rate: FxRateLike;
  /** Entered the other way round (TRY→EUR read from a EUR/TRY rate). */
  inverse: boolean;
}

/**
 * The newest rate of the pair entered on or before `day` (the location's today), either way
 * round, as the API chooses it; null when none is. `rates` come newest day first.
 */
export function applicableRate(
  rates: readonly FxRateLike[],
  from: string,
  to: string,
  day: string,
): ApplicableRate | null {
  let best: FxRateLike | null = null;
  for (const rate of rates) {
    const pair =
      (rate.base === from && rate.quote === to) || (rate.base === to && rate.quote === from);
    if (!pair || rate.validOn > day) continue;
    if (!best || rate.validOn > best.validOn) best = rate;
  }
  return best ? { rate: best, inverse: best.base !== from } : null;
}

const SCALE = 8;
const RATE_PATTERN = /^\d{1,12}(\.\d{1,8})?$/;

/** Whether the text is a rate the API takes: positive, at most 8 decimals. */
export function isValidRate(text: string): boolean {
  return RATE_PATTERN.test(text) && rateUnits(text) > 0n;
}

/** A decimal rate in integer units of 10⁻⁸, exactly. */
function rateUnits(rate: string): bigint {
  const [whole = '0', fraction = ''] = rate.split('.');
  return BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0').slice(0, SCALE));
}

/** Integer division rounding half away from zero (positive amounts only here). */
function divRound(numerator: bigint, denominator: bigint): bigint {
  return (numerator * 2n + denominator) / (2n * denominator);
}

/**
 * What `amountMinor` of `from` becomes in `to` at a rate, in minor units, with the same exact
 * arithmetic as the API (each currency's exponent minded, half away from zero): 100.00 EUR at
 * 38.25 is 3825.00 TRY; 1000 JPY at 0.00616 is 6.16 EUR.
 */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  rate: string,
  inverse = false,
): number {
  const units = rateUnits(rate);
  if (units === 0n || amountMinor <= 0) return 0;
  const scale = 10n ** BigInt(SCALE);
  const shift = minorDigits(to) - minorDigits(from);
  let numerator = BigInt(amountMinor) * (inverse ? scale : units);
  let denominator = inverse ? units : scale;
  if (shift > 0) numerator *= 10n ** BigInt(shift);
  if (shift < 0) denominator *= 10n ** BigInt(-shift);
  return Number(divRound(numerator, denominator));
}
