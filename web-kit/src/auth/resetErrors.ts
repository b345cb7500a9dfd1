import { getErrorCode, getFieldErrors } from '../errors';

/** How the reset form reacts to a refused `resetPassword`. */
export type ResetFailure =
  /** The link is unknown, used or expired: only a new one helps. */
  | { kind: 'invalidLink' }
  /** The API refused the new password and said why (its own words). */
  | { kind: 'password'; reason: string }
  /** Anything else (rate limit, network, server): shown as an alert, the form stays. */
  | { kind: 'other' };

/** Reads the error by `extensions.code` and `extensions.fields`, never by message text. */
export function resetFailure(error: unknown): ResetFailure {
  const code = getErrorCode(error);
  if (code === 'NOT_FOUND') return { kind: 'invalidLink' };
  if (code === 'BAD_USER_INPUT') {
    const fields = getFieldErrors(error);
    if (fields.token) return { kind: 'invalidLink' };
    const reason = fields.newPassword ?? fields.password;
    if (reason) return { kind: 'password', reason };
  }
  return { kind: 'other' };
}
