/** Whole hours and the minutes over them: 510 → { hours: 8, minutes: 30 }. */
export function hoursAndMinutes(totalMinutes: number): { hours: number; minutes: number } {
  const whole = Math.max(0, Math.round(totalMinutes));
  return { hours: Math.floor(whole / 60), minutes: whole % 60 };
}

/** How much of an item is left, 0–100, for a bar that empties as lessons are taken. */
export function leftPercent(remaining: number, units: number): number {
  if (units <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((remaining / units) * 100)));
}

/** Days from `now` until an instant, rounded up (0 once it has passed). */
export function daysUntil(iso: string, now: Date): number {
  const ms = new Date(iso).getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / 86_400_000);
}

type Status = 'ACTIVE' | 'USED_UP' | 'EXPIRED' | 'AWAITING_REDEMPTION';

/** Usable packages first (soonest expiry first), then gifts to pass on, then the rest. */
export function byUsefulness<
  T extends { status: Status; expiresAt?: string | null; purchasedAt: string },
>(packages: readonly T[]): T[] {
  const rank = (p: T) => (p.status === 'ACTIVE' ? 0 : p.status === 'AWAITING_REDEMPTION' ? 1 : 2);
  return [...packages].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank) return byRank;
    if (rank(a) === 0) return (a.expiresAt ?? '').localeCompare(b.expiresAt ?? '');
    return b.purchasedAt.localeCompare(a.purchasedAt);
  });
}

/** A typed code in its printed form: upper case, groups of four. */
export function tidyCode(input: string): string {
  const raw = input.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return raw.match(/.{1,4}/g)?.join('-') ?? raw;
}

/** Why a code was not redeemed, from `extensions` (code and reason), never from text. */
export type RedeemRefusal = 'unknown' | 'redeemed' | 'expired' | 'tooManyTries' | 'other';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function redeemRefusal(error: unknown): RedeemRefusal {
  if (!isObject(error)) return 'other';
  const errors = Array.isArray(error.errors) ? error.errors : [];
  for (const item of errors) {
    if (!isObject(item) || !isObject(item.extensions) || !item.extensions.code) continue;
    const { code, reason } = item.extensions;
    if (code === 'CONFLICT' && reason === 'VOUCHER_REDEEMED') return 'redeemed';
    if (code === 'BAD_USER_INPUT' && reason === 'VOUCHER_EXPIRED') return 'expired';
    if (code === 'NOT_FOUND') return 'unknown';
    if (code === 'RATE_LIMITED') return 'tooManyTries';
    return 'other';
  }
  return 'other';
}
