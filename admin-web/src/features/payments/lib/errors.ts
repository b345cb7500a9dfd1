import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';

/**
 * Why the API refused a payment, a refund, a top-up or a conversion, read from
 * `extensions` (code, reason and the figures that come with it), never from message text.
 */
export type MoneyRefusal =
  /** More than the booking still owes; `dueMinor` is what it owes (0 or less: nothing). */
  | { kind: 'overpayment'; dueMinor: number }
  /** The wallet holds less than that in the currency. */
  | { kind: 'insufficientFunds' }
  /** More than is left to give back of the payment. */
  | { kind: 'refundExceeds'; refundableMinor: number }
  /** The attempt's key was already used for another request (an earlier try went through). */
  | { kind: 'keyReused' }
  /** No exchange rate is entered for the pair. */
  | { kind: 'noRate' }
  /** Other refused fields, by name (`amountMinor`, `method`, …), in the API's words. */
  | { kind: 'fields'; fields: Record<string, string> }
  /** Anything else: the app's message for the code. */
  | { kind: 'other' };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `extensions` of the first GraphQL error that has a code. */
function extensionsOf(error: unknown): Json | undefined {
  if (!isObject(error)) return undefined;
  const errors = Array.isArray(error.errors) ? error.errors : [];
  for (const item of errors) {
    if (isObject(item) && isObject(item.extensions) && item.extensions.code) return item.extensions;
  }
  return isObject(error.extensions) ? error.extensions : undefined;
}

const numberOr = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

export function moneyRefusal(error: unknown): MoneyRefusal {
  const code = getErrorCode(error);
  const extensions = extensionsOf(error) ?? {};
  const reason = extensions.reason;
  if (code === 'CONFLICT' && reason === 'IDEMPOTENCY_KEY_REUSED') return { kind: 'keyReused' };
  if (code !== 'BAD_USER_INPUT') return { kind: 'other' };
  if (reason === 'OVERPAYMENT')
    return { kind: 'overpayment', dueMinor: numberOr(extensions.dueMinor, 0) };
  if (reason === 'INSUFFICIENT_FUNDS') return { kind: 'insufficientFunds' };
  if (reason === 'REFUND_EXCEEDS_PAYMENT')
    return { kind: 'refundExceeds', refundableMinor: numberOr(extensions.refundableMinor, 0) };
  const fields = getFieldErrors(error);
  // The forms offer only real currencies other than the wallet's, so a refused target
  // currency is one with no rate entered (the API says so on `toCurrency`).
  if (fields.toCurrency) return { kind: 'noRate' };
  return Object.keys(fields).length ? { kind: 'fields', fields } : { kind: 'other' };
}
