/**
 * A service's cancellation policy in words: before booking (from the catalog) and for a
 * booking now (from the API's `cancellationQuote`). Returns a text key of the `booking`
 * namespace and its values; the fee before booking follows the API's rounding (half up).
 */

export interface PolicyText {
  key:
    | 'policy.before'
    | 'policy.alwaysFree'
    | 'policy.alwaysFee'
    | 'policy.freeUntil'
    | 'policy.freeUntilStart'
    | 'policy.lateFree'
    | 'policy.lateFee'
    | 'policy.closed';
  values: Record<string, string | number>;
}

/** `5000` basis points → `50%` (`%50` in Turkish). */
export function formatShare(bps: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
    bps / 10_000,
  );
}

/** The share of a price a late cancellation costs, in minor units, rounded half up. */
export function lateFeeMinor(priceMinor: number, feeBps: number): number {
  return Math.floor((priceMinor * feeBps * 2 + 10_000) / 20_000);
}

/** The policy before booking, for a booking of `priceMinor` (already formatted as `fee`). */
export function policyBeforeBooking(
  policy: { freeCancellationHours: number; lateCancellationFeeBps: number },
  fee: string,
  language: string,
): PolicyText {
  const share = formatShare(policy.lateCancellationFeeBps, language);
  if (policy.lateCancellationFeeBps === 0) return { key: 'policy.alwaysFree', values: {} };
  if (policy.freeCancellationHours === 0)
    return { key: 'policy.alwaysFee', values: { share, fee } };
  return {
    key: 'policy.before',
    values: { hours: policy.freeCancellationHours, share, fee },
  };
}

export interface QuoteLike {
  freeUntilHours: number;
  freeUntil: string;
  late: boolean;
  fee: { amountMinor: number; formatted: string };
}

/**
 * What cancelling now costs: free until a time (shown on the location's clock by the caller
 * through `when`), or the fee that applies now; `closed` when the API gives no quote (started,
 * or no longer cancellable).
 */
export function policyNow(quote: QuoteLike | null | undefined, when: string): PolicyText {
  if (!quote) return { key: 'policy.closed', values: {} };
  if (!quote.late) {
    return quote.freeUntilHours === 0
      ? { key: 'policy.freeUntilStart', values: {} }
      : { key: 'policy.freeUntil', values: { when, hours: quote.freeUntilHours } };
  }
  if (quote.fee.amountMinor === 0) return { key: 'policy.lateFree', values: {} };
  return {
    key: 'policy.lateFee',
    values: { hours: quote.freeUntilHours, fee: quote.fee.formatted },
  };
}
