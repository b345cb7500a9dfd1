import type { Role } from '@plannivo/web-kit/auth';

/**
 * What the UI offers to whom, in one table: hide what a role may not do. The API decides
 * for real (graphql-shield); this only keeps buttons and pages from promising too much.
 */
export type Resource = 'adminApp' | 'dashboard' | 'locations' | 'audit';
export type Action = 'read' | 'update';

export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR'];

const rules: Record<Resource, Partial<Record<Action, readonly Role[]>>> = {
  adminApp: { read: STAFF_ROLES },
  dashboard: { read: STAFF_ROLES },
  locations: { read: STAFF_ROLES, update: ['ADMIN', 'MANAGER'] },
  // Sign-ins of every staff member, with their addresses: administrators only (as the API).
  audit: { read: ['ADMIN'] },
};

export function canAccess(role: Role, resource: Resource, action: Action = 'read'): boolean {
  return rules[resource][action]?.includes(role) ?? false;
}
