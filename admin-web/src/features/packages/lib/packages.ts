import type { CustomerPackageStatus, VoucherStatus } from '../../../gql/graphql';

/** Whole hours and the minutes over them: 510 → { hours: 8, minutes: 30 }. */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(totalMinutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** How much of an item is used, 0–100, for a progress bar (an empty item reads as used up). */
export function usedPercent(used: number, units: number): number {
  if (units <= 0) return 100;
  return Math.min(100, Math.max(0, Math.round((used / units) * 100)));
}

/** The colour a package's state is shown in. */
export const PACKAGE_STATUS_COLOR = {
  ACTIVE: 'teal',
  USED_UP: 'gray',
  EXPIRED: 'red',
  AWAITING_REDEMPTION: 'violet',
} as const satisfies Record<CustomerPackageStatus, string>;

export const VOUCHER_STATUS_COLOR = {
  ACTIVE: 'teal',
  REDEEMED: 'gray',
  EXPIRED: 'red',
} as const satisfies Record<VoucherStatus, string>;

/** Active packages first (soonest expiry first), then the rest newest first. */
export function byUsefulness<
  T extends { status: CustomerPackageStatus; expiresAt?: string | null; purchasedAt: string },
>(packages: readonly T[]): T[] {
  const rank = (p: T) => (p.status === 'ACTIVE' ? 0 : p.status === 'AWAITING_REDEMPTION' ? 1 : 2);
  return [...packages].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank) return byRank;
    if (rank(a) === 0) return (a.expiresAt ?? '').localeCompare(b.expiresAt ?? '');
    return b.purchasedAt.localeCompare(a.purchasedAt);
  });
}

/** Days from `now` until an instant, rounded up (0 once it has passed). */
export function daysUntil(iso: string, now: Date): number {
  const ms = new Date(iso).getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / 86_400_000);
}

/** What a catalog package holds, in lesson minutes and other sessions. */
export function catalogUnits(
  items: readonly {
    quantity: number;
    service?: { kind: string; durationMinutes: number } | null;
  }[],
): { minutes: number; sessions: number } {
  let minutes = 0;
  let sessions = 0;
  for (const item of items) {
    if (!item.service) continue;
    if (item.service.kind === 'LESSON') minutes += item.quantity * item.service.durationMinutes;
    else sessions += item.quantity;
  }
  return { minutes, sessions };
}

/** A voucher code as typed, in the printed form: upper case, groups of four. */
export function tidyCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return raw.match(/.{1,4}/g)?.join('-') ?? raw;
}
