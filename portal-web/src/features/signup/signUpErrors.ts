import { passwordRefusal, type PasswordRefusal } from '@plannivo/web-kit/auth';
import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';

/** How the sign-up form reacts to a refused `registerCustomer`. */
export type SignUpFailure =
  /** CONFLICT: an account with this email exists; offer sign-in and password reset. */
  | { kind: 'emailTaken' }
  /**
   * BAD_USER_INPUT naming fields of the form: the API's reasons for the name and email, and
   * for the password its refusal (a code to translate, or its own words).
   */
  | {
      kind: 'fields';
      fields: Partial<Record<'name' | 'email', string>>;
      password?: PasswordRefusal;
    }
  /** Anything else: the generic alert (rate limit with its wait, network, server). */
  | { kind: 'other' };

const TEXT_FIELDS = ['name', 'email'] as const;

/** Reads the error by `extensions.code`, `.fields` and `.reasons` only. */
export function signUpFailure(error: unknown): SignUpFailure {
  const code = getErrorCode(error);
  if (code === 'CONFLICT') return { kind: 'emailTaken' };
  if (code === 'BAD_USER_INPUT') {
    const all = getFieldErrors(error);
    const fields: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
    for (const name of TEXT_FIELDS) if (all[name]) fields[name] = all[name];
    const password = passwordRefusal(error, ['password']);
    if (password) return { kind: 'fields', fields, password };
    if (Object.keys(fields).length > 0) return { kind: 'fields', fields };
  }
  return { kind: 'other' };
}
