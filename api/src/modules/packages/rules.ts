import type { ServiceKind } from '../catalog/schema.js';

/**
 * Pure rules of sold packages: what an item holds, what a use is worth, what state a package
 * is in. No I/O; the services read the rows and call these.
 */

/**
 * Units a catalog item gives when sold: lesson time in minutes (the catalog counts sessions:
 * 5 sessions of a 120-minute lesson are 600 minutes, a "10-hour course"), one unit per
 * session of anything else.
 */
export function unitsOfItem(kind: ServiceKind, quantity: number, durationMinutes: number): number {
  return kind === 'LESSON' ? quantity * durationMinutes : quantity;
}

/**
 * Units a participant of a completed booking takes from a package: the lesson's length in
 * minutes (a 90-minute lesson uses 90 minutes of a course), one session of anything else.
 */
export function unitsOfBooking(kind: ServiceKind, startsAt: Date, endsAt: Date): number {
  if (kind !== 'LESSON') return 1;
  return Math.max(1, Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000));
}

/**
 * Splits `totalMinor` over `weights` in proportion, in whole minor units that sum to the total
 * exactly (largest remainder; ties to the earlier weight). All-zero weights split equally.
 */
export function allocate(totalMinor: number, weights: readonly number[]): number[] {
  if (!weights.length) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  const basis = sum > 0 ? weights : weights.map(() => 1);
  const basisSum = sum > 0 ? sum : weights.length;
  const exact = basis.map((w) => (totalMinor * w) / basisSum);
  const floors = exact.map(Math.floor);
  let rest = totalMinor - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    floors[i]! += 1;
    rest -= 1;
  }
  return floors;
}

/**
 * What a use of `units` of an item recognises from deferred revenue: the item's value in
 * proportion to units used, counted cumulatively (the value of everything used so far, less
 * what earlier uses recognised), so rounding never drifts and the use that empties the item
 * takes exactly what is left of its value.
 */
export function valueOfUse(item: {
  valueMinor: number;
  units: number;
  usedUnits: number;
  recognisedMinor: number;
  useUnits: number;
}): number {
  const after = item.usedUnits + item.useUnits;
  if (after >= item.units) return item.valueMinor - item.recognisedMinor;
  return Math.round((item.valueMinor * after) / item.units) - item.recognisedMinor;
}

export const CUSTOMER_PACKAGE_STATUSES = [
  'ACTIVE',
  'USED_UP',
  'EXPIRED',
  'AWAITING_REDEMPTION',
] as const;
export type CustomerPackageStatus = (typeof CUSTOMER_PACKAGE_STATUSES)[number];

/**
 * A package's state at `now`: a gift nobody redeemed yet awaits redemption (until its code
 * expires); one with nothing left is used up; one past its date (or closed by the expiry job)
 * expired; the rest are active.
 */
export function packageStatus(
  pkg: { holderId: string | null; expiresAt: Date | null; expiredAt: Date | null },
  remainingUnits: number,
  now: Date,
): CustomerPackageStatus {
  if (remainingUnits <= 0) return 'USED_UP';
  if (pkg.expiredAt || (pkg.expiresAt && pkg.expiresAt <= now)) return 'EXPIRED';
  if (!pkg.holderId) return 'AWAITING_REDEMPTION';
  return 'ACTIVE';
}

export const VOUCHER_STATUSES = ['ACTIVE', 'REDEEMED', 'EXPIRED'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

/** A code's state at `now`: redeemed once, else expired past its date, else redeemable. */
export function voucherStatus(
  voucher: { redeemedAt: Date | null; expiresAt: Date | null; expiredAt: Date | null },
  now: Date,
): VoucherStatus {
  if (voucher.redeemedAt) return 'REDEEMED';
  if (voucher.expiredAt || (voucher.expiresAt && voucher.expiresAt <= now)) return 'EXPIRED';
  return 'ACTIVE';
}

/** `days` whole days after `from` (24-hour days: validity is counted in time, not calendar). */
export const addDays = (from: Date, days: number) => new Date(from.getTime() + days * 86_400_000);
