import { getErrorCode, getFieldErrors } from '../errors';
import { passwordRefusal, type PasswordRefusal } from './passwordRefusal';

/** How the reset form reacts to a refused `resetPassword`. */
export type ResetFailure =
  /** The link is unknown, used or expired: only a new one helps. */
  | { kind: 'invalidLink' }
  /** The API refused the new password and said why (a code to translate, or its own words). */
  | { kind: 'password'; refusal: PasswordRefusal }
  /** Anything else (rate limit, network, server): shown as an alert, the form stays. */
  | { kind: 'other' };

/** Reads the error by `extensions.code`, `.fields` and `.reasons`, never by message text. */
export function resetFailure(error: unknown): ResetFailure {
  const code = getErrorCode(error);
  if (code === 'NOT_FOUND') return { kind: 'invalidLink' };
  if (code === 'BAD_USER_INPUT') {
    if (getFieldErrors(error).token) return { kind: 'invalidLink' };
    const refusal = passwordRefusal(error, ['newPassword', 'password']);
    if (refusal) return { kind: 'password', refusal };
  }
  return { kind: 'other' };
}
