import type { Role } from '../modules/identity/schema.js';

export type { Role };

/** Who is calling: a signed-in user and the session they came with. */
export interface Viewer {
  userId: string;
  role: Role;
  locale: string;
  sessionId: string;
}

export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR'];
export const MANAGEMENT_ROLES: readonly Role[] = ['ADMIN', 'MANAGER'];

export const isStaffRole = (role: Role) => STAFF_ROLES.includes(role);
