import type { Role } from '@plannivo/web-kit/auth';

/**
 * What the UI offers to whom, in one table. The portal serves every role (staff can look at
 * what their students see); the API decides for real which rows each one gets.
 */
export type Resource = 'home' | 'profile' | 'book' | 'bookings' | 'receipts' | 'packages';
export type Action = 'read' | 'update';

export const ALL_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR', 'STUDENT', 'CUSTOMER'];

const rules: Record<Resource, Partial<Record<Action, readonly Role[]>>> = {
  home: { read: ALL_ROLES },
  profile: { read: ALL_ROLES, update: ALL_ROLES },
  // Booking and one's own bookings need a customer record of one's own: students and
  // customers (staff book in the admin app).
  book: { read: ['STUDENT', 'CUSTOMER'] },
  bookings: { read: ['STUDENT', 'CUSTOMER'], update: ['STUDENT', 'CUSTOMER'] },
  // Receipts and invoices are made out to a customer record: students and customers.
  receipts: { read: ['STUDENT', 'CUSTOMER'] },
  // Packages are held by a customer record, and codes are redeemed for one.
  packages: { read: ['STUDENT', 'CUSTOMER'], update: ['STUDENT', 'CUSTOMER'] },
};

export function canAccess(role: Role, resource: Resource, action: Action = 'read'): boolean {
  return rules[resource][action]?.includes(role) ?? false;
}
