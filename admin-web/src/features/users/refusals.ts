import { getErrorCode, getFieldErrors } from '@plannivo/web-kit/errors';

/**
 * Changes the API refuses on principle, read from `extensions` only: the last active
 * administrator cannot lose the role or be deactivated (CONFLICT), and nobody changes their
 * own role (BAD_USER_INPUT on `role`) or deactivates themselves (BAD_USER_INPUT on `id`).
 */
export type UserRefusal = 'lastAdmin' | 'ownRole' | 'ownAccount';

export function userRefusal(error: unknown): UserRefusal | undefined {
  const code = getErrorCode(error);
  if (code === 'CONFLICT') return 'lastAdmin';
  if (code !== 'BAD_USER_INPUT') return undefined;
  const fields = getFieldErrors(error);
  if (fields.role) return 'ownRole';
  if (fields.id) return 'ownAccount';
  return undefined;
}
