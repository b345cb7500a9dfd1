import { fromScaledInteger, toScaledInteger } from '../../shared/lib/decimal';

/** The tax rate the API keeps (basis points, 2000) as the percent a person reads (20). */
export function basisPointsToPercent(basisPoints: number): number {
  return fromScaledInteger(basisPoints, 2);
}

/**
 * A typed percent (20, "8,5", 18.05) as basis points (2000, 850, 1805), exactly. Null when
 * empty or with more than two decimals.
 */
export function percentToBasisPoints(value: number | string): number | null {
  return toScaledInteger(value, 2);
}

/** The payment methods a location may accept, in the order the form lists them. */
export const PAYMENT_METHODS = ['CASH', 'CARD', 'BANK_TRANSFER', 'WALLET'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Highest tax rate the API takes: 50 %. */
export const MAX_TAX_BASIS_POINTS = 5000;
