import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';

/** How the sign-up form reacts to a refused `registerCustomer`. */
export type SignUpFailure =
  /** CONFLICT: an account with this email exists; offer sign-in and password reset. */
  | { kind: 'emailTaken' }
  /** BAD_USER_INPUT naming fields of the form, with the API's reasons. */
  | { kind: 'fields'; fields: Partial<Record<'name' | 'email' | 'password', string>> }
  /** Anything else: the generic alert (rate limit with its wait, network, server). */
  | { kind: 'other' };

const FORM_FIELDS = ['name', 'email', 'password'] as const;

/** Reads the error by `extensions.code` and `extensions.fields` only. */
export function signUpFailure(error: unknown): SignUpFailure {
  const code = getErrorCode(error);
  if (code === 'CONFLICT') return { kind: 'emailTaken' };
  if (code === 'BAD_USER_INPUT') {
    const all = getFieldErrors(error);
    const fields: Partial<Record<(typeof FORM_FIELDS)[number], string>> = {};
    for (const name of FORM_FIELDS) if (all[name]) fields[name] = all[name];
    if (Object.keys(fields).length > 0) return { kind: 'fields', fields };
  }
  return { kind: 'other' };
}
