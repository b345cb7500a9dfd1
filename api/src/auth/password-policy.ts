/**
 * What a new password must satisfy: NIST SP 800-63B style. At least 12 characters, no
 * composition rules, not one of the passwords attackers try first, not the account's own
 * email or name. Returns the reason it is refused, or null.
 */
export const PASSWORD_MIN_LENGTH = 12;
// argon2 hashes anything, but a megabyte "password" is a denial-of-service attempt.
export const PASSWORD_MAX_LENGTH = 256;

export function passwordProblem(
  password: string,
  account: { email: string; name?: string | null },
  isCommon: (candidate: string) => boolean = () => false,
): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const lower = password.toLowerCase();
  const email = account.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const name = account.name?.trim().toLowerCase() ?? '';
  if (
    lower === email ||
    (local.length >= 4 && lower.includes(local)) ||
    (name.length >= 4 && lower.includes(name))
  ) {
    return 'must not contain your email or name';
  }
  if (/^(.)\1+$/.test(password)) return 'must not be one repeated character';
  if (isCommon(lower)) return 'is too common; choose one that is hard to guess';
  return null;
}
