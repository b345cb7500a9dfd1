/**
 * The password rule the API enforces, as far as a form can check it before asking: at least
 * 12 characters, counted as people see them (an emoji or "ş" is one). No composition rules:
 * length is what makes a password strong. The API also refuses common passwords and ones
 * containing the email or name, and says so per field.
 */
export const PASSWORD_MIN_LENGTH = 12;

/** The API refuses longer ones (a megabyte "password" is an attack); no form checks it first. */
export const PASSWORD_MAX_LENGTH = 256;

/** Characters as people count them, not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export type NewPasswordProblem = 'required' | 'tooShort' | 'mismatch';

/** Why a new password (and its confirmation, when the form asks for one) cannot be sent yet. */
export function newPasswordProblem(
  password: string,
  confirmation?: string,
): { password?: NewPasswordProblem; confirmation?: NewPasswordProblem } {
  const problems: { password?: NewPasswordProblem; confirmation?: NewPasswordProblem } = {};
  if (!password) problems.password = 'required';
  else if (passwordLength(password) < PASSWORD_MIN_LENGTH) problems.password = 'tooShort';
  if (confirmation !== undefined && password && confirmation !== password) {
    problems.confirmation = 'mismatch';
  }
  return problems;
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Enough of a check to catch typos before a round trip; the API decides for real. */
export function looksLikeEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value.trim());
}
