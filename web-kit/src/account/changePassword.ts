import { getErrorCode, getFieldErrors } from '../errors';
import { newPasswordProblem, type NewPasswordProblem } from '../auth/password';
import { passwordRefusal, type PasswordRefusal } from '../auth/passwordRefusal';

export interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

/** Why a field of the change-password form cannot be sent yet (namespaces `account`, `auth`). */
export interface ChangePasswordProblems {
  currentPassword?: 'required';
  newPassword?: NewPasswordProblem | 'sameAsCurrent';
  confirmation?: NewPasswordProblem;
}

/**
 * What the form can tell before asking the API: the current password is there, the new one
 * is long enough, repeated the same, and is not the current one again (the API refuses that
 * too, without a code to translate).
 */
export function changePasswordProblems(values: ChangePasswordValues): ChangePasswordProblems {
  const { password, confirmation } = newPasswordProblem(values.newPassword, values.confirmation);
  const problems: ChangePasswordProblems = {};
  if (!values.currentPassword) problems.currentPassword = 'required';
  if (password) problems.newPassword = password;
  else if (values.currentPassword && values.newPassword === values.currentPassword) {
    problems.newPassword = 'sameAsCurrent';
  }
  if (confirmation) problems.confirmation = confirmation;
  return problems;
}

export function hasProblems(problems: ChangePasswordProblems): boolean {
  return Object.values(problems).some(Boolean);
}

/** How the form reacts to a refused `changePassword`. */
export type ChangePasswordFailure =
  /** BAD_USER_INPUT on `currentPassword`: shown on that field. */
  | { kind: 'wrongCurrentPassword' }
  /** The API refused the new password: a code to translate, or its own words. */
  | { kind: 'newPassword'; refusal: PasswordRefusal }
  /** Anything else (rate limit with its wait, network, ended session): an alert. */
  | { kind: 'other' };

/** Reads the error by `extensions.code`, `.fields` and `.reasons`, never by message text. */
export function changePasswordFailure(error: unknown): ChangePasswordFailure {
  if (getErrorCode(error) !== 'BAD_USER_INPUT') return { kind: 'other' };
  if (getFieldErrors(error).currentPassword !== undefined) return { kind: 'wrongCurrentPassword' };
  const refusal = passwordRefusal(error, ['newPassword']);
  return refusal ? { kind: 'newPassword', refusal } : { kind: 'other' };
}
