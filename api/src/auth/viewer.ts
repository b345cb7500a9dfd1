import type { ApiKeyScope } from '../modules/api-keys/schema.js';
import type { Role } from '../modules/identity/schema.js';

export type { ApiKeyScope, Role };

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

/** A third-party system calling with an API key: no user, only the key's scopes. */
export interface ApiKeyPrincipal {
  apiKeyId: string;
  scopes: readonly ApiKeyScope[];
}
