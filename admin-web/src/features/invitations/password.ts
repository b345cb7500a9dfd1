import { newPasswordProblem } from '@plannivo/web-kit/auth';

/**
 * What the form can tell about a new password before sending it: web-kit's length rule,
 * then two of the API's own refusals that need no list (it also refuses common passwords,
 * which only it can check): not the person's email or name, not one character repeated.
 * Caught here, they get a translated message instead of the API's English reason.
 */
export type PasswordProblem = 'required' | 'tooShort' | 'personal' | 'repeated';

export function passwordProblem(
  password: string,
  account: { email: string; name: string },
): PasswordProblem | undefined {
  const length = newPasswordProblem(password).password;
  if (length === 'required' || length === 'tooShort') return length;
  const lower = password.toLowerCase();
  const email = account.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const name = account.name.trim().toLowerCase();
  if (
    lower === email ||
    (local.length >= 4 && lower.includes(local)) ||
    (name.length >= 4 && lower.includes(name))
  ) {
    return 'personal';
  }
  if (/^(.)\1+$/u.test(password)) return 'repeated';
  return undefined;
}
