import { getErrorCode } from '@plannivo/web-kit/errors';

/**
 * Why a code was not redeemed, read from `extensions` (code and reason), never from text:
 * no such code, redeemed already, past its date, too many tries, or something else.
 */
export type RedeemRefusal =
  'unknown' | 'redeemed' | 'expired' | 'tooManyTries' | 'customer' | 'other';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `extensions.reason` of the first GraphQL error that has a code. */
export function reasonOf(error: unknown): string | undefined {
  if (!isObject(error)) return undefined;
  const errors = Array.isArray(error.errors) ? error.errors : [];
  for (const item of errors) {
    if (isObject(item) && isObject(item.extensions) && item.extensions.code) {
      const reason = item.extensions.reason;
      return typeof reason === 'string' ? reason : undefined;
    }
  }
  return undefined;
}

export function redeemRefusal(error: unknown): RedeemRefusal {
  const code = getErrorCode(error);
  const reason = reasonOf(error);
  if (code === 'CONFLICT' && reason === 'VOUCHER_REDEEMED') return 'redeemed';
  if (code === 'BAD_USER_INPUT' && reason === 'VOUCHER_EXPIRED') return 'expired';
  if (code === 'BAD_USER_INPUT') return 'customer';
  if (code === 'NOT_FOUND') return 'unknown';
  if (code === 'RATE_LIMITED') return 'tooManyTries';
  return 'other';
}
