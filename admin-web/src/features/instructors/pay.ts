/**
 * Pay as staff type it and as the API stores it: an hourly rate in minor units of a currency
 * (`52050` TRY is 520.50), or a commission in basis points (`1250` is 12.5 %). Integers only
 * reach the API; a value that does not convert exactly is refused here, never rounded away.
 */

export type PayType = 'HOURLY' | 'COMMISSION';

/** The API's limits (api/src/modules/instructors/rules.ts). */
export const COMMISSION_MAX_PERCENT = 100;
export const HOURLY_MAX_MINOR = 10_000_000;

/** How many decimals a currency has (EUR 2, JPY 0, KWD 3); 2 for an unknown code. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** Basis points of a percent (12.5 → 1250), or null when it has more than two decimals. */
export function percentToBasisPoints(percent: number): number | null {
  if (!Number.isFinite(percent)) return null;
  const basisPoints = Math.round(percent * 100);
  return Math.abs(basisPoints - percent * 100) < 1e-6 ? basisPoints : null;
}

/** A percent of basis points (1250 → 12.5). */
export const basisPointsToPercent = (basisPoints: number) => basisPoints / 100;

/**
 * Minor units of an amount in major units (520.5 TRY → 52050), or null when it has more
 * decimals than the currency (520.505 TRY).
 */
export function majorToMinor(amount: number, currency: string): number | null {
  if (!Number.isFinite(amount)) return null;
  const factor = 10 ** currencyDigits(currency);
  const minor = Math.round(amount * factor);
  return Math.abs(minor - amount * factor) < 1e-6 ? minor : null;
}

/** Major units of minor units (52050 TRY → 520.5). */
export const minorToMajor = (minor: number, currency: string) =>
  minor / 10 ** currencyDigits(currency);

/** What the pay form holds: the amount as a number in the unit shown (major units, percent). */
export interface PayDraft {
  type: PayType;
  /** HOURLY: major units per hour. COMMISSION: percent. Empty: not set. */
  amount: number | '';
  /** HOURLY only. */
  currency: string;
}

export type PayProblem = 'amountRequired' | 'amountRange' | 'amountPrecision' | 'currencyRequired';

/** The pay fields of `InstructorInput`, or what is wrong with the draft, per field. */
export function payInput(
  draft: PayDraft,
):
  | { ok: true; input: { payType: PayType; payAmount: number; payCurrency: string | null } }
  | { ok: false; problems: Partial<Record<'amount' | 'currency', PayProblem>> } {
  if (draft.amount === '') return { ok: false, problems: { amount: 'amountRequired' } };
  if (draft.type === 'COMMISSION') {
    if (draft.amount < 0 || draft.amount > COMMISSION_MAX_PERCENT)
      return { ok: false, problems: { amount: 'amountRange' } };
    const basisPoints = percentToBasisPoints(draft.amount);
    if (basisPoints === null) return { ok: false, problems: { amount: 'amountPrecision' } };
    return {
      ok: true,
      input: { payType: 'COMMISSION', payAmount: basisPoints, payCurrency: null },
    };
  }
  const currency = draft.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    return { ok: false, problems: { currency: 'currencyRequired' } };
  const minor = majorToMinor(draft.amount, currency);
  if (minor === null) return { ok: false, problems: { amount: 'amountPrecision' } };
  if (minor < 0 || minor > HOURLY_MAX_MINOR)
    return { ok: false, problems: { amount: 'amountRange' } };
  return { ok: true, input: { payType: 'HOURLY', payAmount: minor, payCurrency: currency } };
}

/** The form's starting values from what the API shows; `fallbackCurrency` for a new rate. */
export function payDraftOf(
  payRate: {
    type: PayType;
    hourly?: { amountMinor: number; currency: string } | null;
    commissionBasisPoints?: number | null;
  } | null,
  fallbackCurrency: string,
): PayDraft {
  if (payRate?.type === 'COMMISSION') {
    return {
      type: 'COMMISSION',
      amount: basisPointsToPercent(payRate.commissionBasisPoints ?? 0),
      currency: fallbackCurrency,
    };
  }
  if (payRate?.hourly) {
    return {
      type: 'HOURLY',
      amount: minorToMajor(payRate.hourly.amountMinor, payRate.hourly.currency),
      currency: payRate.hourly.currency,
    };
  }
  return { type: 'HOURLY', amount: '', currency: fallbackCurrency };
}
