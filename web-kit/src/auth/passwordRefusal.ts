import { getFieldErrors, getFieldReasons } from '../errors';

/**
 * Why the API refuses a new password (`extensions.reasons` of BAD_USER_INPUT), as the apps
 * translate it. The API may add codes: one missing here falls back to its English message.
 */
export const PASSWORD_REFUSAL_CODES = [
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_PERSONAL',
  'PASSWORD_REPEATED',
  'PASSWORD_COMMON',
] as const;
export type PasswordRefusalCode = (typeof PASSWORD_REFUSAL_CODES)[number];

export function isPasswordRefusalCode(value: unknown): value is PasswordRefusalCode {
  return (PASSWORD_REFUSAL_CODES as readonly unknown[]).includes(value);
}

/**
 * Translation keys (namespace `auth`) of each refusal. `satisfies` makes a new code a compile
 * error here until it has a message.
 */
export const passwordRefusalKeys = {
  PASSWORD_TOO_SHORT: 'password.refused.PASSWORD_TOO_SHORT',
  PASSWORD_TOO_LONG: 'password.refused.PASSWORD_TOO_LONG',
  PASSWORD_PERSONAL: 'password.refused.PASSWORD_PERSONAL',
  PASSWORD_REPEATED: 'password.refused.PASSWORD_REPEATED',
  PASSWORD_COMMON: 'password.refused.PASSWORD_COMMON',
} as const satisfies { [C in PasswordRefusalCode]: `password.refused.${C}` };

/**
 * A refused new password: its code when this client knows it, and the API's English message
 * (shown only when there is no code to translate).
 */
export type PasswordRefusal =
  { code: PasswordRefusalCode; message?: string } | { code?: undefined; message: string };

/**
 * The API's refusal of the first of `fields` it refused (`password` for sign-up and
 * invitations, `newPassword` for a reset or change), read by `extensions.reasons` and
 * `extensions.fields`, never by message text. Undefined when none of them was refused.
 */
export function passwordRefusal(
  error: unknown,
  fields: readonly string[] = ['password'],
): PasswordRefusal | undefined {
  const reasons = getFieldReasons(error);
  const messages = getFieldErrors(error);
  for (const field of fields) {
    const code = reasons[field];
    const message = messages[field];
    if (isPasswordRefusalCode(code)) return { code, ...(message !== undefined && { message }) };
    if (message !== undefined) return { message };
  }
  return undefined;
}
