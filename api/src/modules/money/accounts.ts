import type { ServiceKind } from '../catalog/schema.js';
import type { PaymentMethod } from '../locations/schema.js';
import type { LedgerAccount } from './schema.js';

/** Where money taken by a method lands. WALLET money is the customer's own credit. */
export const ACCOUNT_OF_METHOD = {
  CASH: 'CASH',
  CARD: 'CARD_CLEARING',
  BANK_TRANSFER: 'BANK',
  WALLET: 'CUSTOMER_WALLET',
} as const satisfies Record<PaymentMethod, LedgerAccount>;

/** Revenue is reported per service kind. */
export const REVENUE_OF_KIND = {
  LESSON: 'REVENUE_LESSON',
  RENTAL: 'REVENUE_RENTAL',
  ACCOMMODATION: 'REVENUE_ACCOMMODATION',
} as const satisfies Record<ServiceKind, LedgerAccount>;

export interface TaxSplit {
  /** What the customer pays. */
  grossMinor: number;
  netMinor: number;
  taxMinor: number;
}

/**
 * Splits a catalog price into net and tax under a location's rule: a tax-inclusive price is
 * the gross (tax = gross × rate / (1 + rate)), an exclusive one is the net (tax = net × rate).
 * Tax rounds half away from zero to the minor unit; net + tax = gross exactly.
 */
export function splitTax(
  priceMinor: number,
  rateBasisPoints: number,
  inclusive: boolean,
): TaxSplit {
  const sign = priceMinor < 0 ? -1 : 1;
  const abs = Math.abs(priceMinor);
  const tax = inclusive
    ? Math.round((abs * rateBasisPoints) / (10_000 + rateBasisPoints))
    : Math.round((abs * rateBasisPoints) / 10_000);
  const gross = inclusive ? abs : abs + tax;
  return { grossMinor: sign * gross, netMinor: sign * (gross - tax), taxMinor: sign * tax };
}

/**
 * Splits `totalMinor` into `parts` integer shares that differ by at most one minor unit and
 * sum to the total exactly (the first shares take the remainder).
 */
export function shares(totalMinor: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.trunc(totalMinor / parts);
  const rest = totalMinor - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < Math.abs(rest) ? Math.sign(rest) : 0));
}
