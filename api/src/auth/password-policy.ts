/**
 * What a new password must satisfy: NIST SP 800-63B style. At least 12 characters, no
 * composition rules, not one of the passwords attackers try first, not the account's own
 * email or name. Returns the reason it is refused, or null.
 */
export const PASSWORD_MIN_LENGTH = 12;
// argon2 hashes anything, but a megabyte "password" is a denial-of-service attempt.
export const PASSWORD_MAX_LENGTH = 256;

/** Why a password is refused, as a code the apps translate (the message is English only). */
export type PasswordReason =
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_PERSONAL'
  | 'PASSWORD_REPEATED'
  | 'PASSWORD_COMMON';

const MESSAGES: Record<PasswordReason, string> = {
  PASSWORD_TOO_SHORT: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
  PASSWORD_TOO_LONG: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
  PASSWORD_PERSONAL: 'must not contain your email or name',
  PASSWORD_REPEATED: 'must not be one repeated character',
  PASSWORD_COMMON: 'is too common; choose one that is hard to guess',
};

/** The reason code and English message of a refused password, or null when it is fine. */
export function passwordRefusal(
  password: string,
  account: { email: string; name?: string | null },
  isCommon: (candidate: string) => boolean = () => false,
): { reason: PasswordReason; message: string } | null {
  const reason = passwordReason(password, account, isCommon);
  return reason ? { reason, message: MESSAGES[reason] } : null;
}

export function passwordProblem(
  password: string,
  account: { email: string; name?: string | null },
  isCommon: (candidate: string) => boolean = () => false,
): string | null {
  return passwordRefusal(password, account, isCommon)?.message ?? null;
}

function passwordReason(
  password: string,
  account: { email: string; name?: string | null },
  isCommon: (candidate: string) => boolean,
): PasswordReason | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG';
  const lower = password.toLowerCase();
  const email = account.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const name = account.name?.trim().toLowerCase() ?? '';
  if (
    lower === email ||
    (local.length >= 4 && lower.includes(local)) ||
    (name.length >= 4 && lower.includes(name))
  ) {
    return 'PASSWORD_PERSONAL';
  }
  if (/^(.)\1+$/.test(password)) return 'PASSWORD_REPEATED';
  if (isCommon(lower)) return 'PASSWORD_COMMON';
  return null;
}
