import type { Role } from '@plannivo/web-kit/auth';

/**
 * What the UI offers to whom, in one table: hide what a role may not do. The API decides
 * for real (graphql-shield); this only keeps buttons and pages from promising too much.
 */
export type Resource =
  | 'adminApp'
  | 'dashboard'
  | 'calendar'
  | 'locations'
  | 'catalog'
  | 'equipment'
  | 'customers'
  | 'instructors'
  | 'ownInstructorProfile'
  | 'imports'
  | 'users'
  | 'invitations'
  | 'apiKeys'
  | 'legal'
  | 'audit'
  | 'bookings'
  | 'agenda'
  | 'maintenance'
  | 'rentals'
  | 'rentalDesk'
  | 'reconciliation'
  | 'finance';
export type Action = 'read' | 'create' | 'update';

export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR'];

/** The roles an administrator can give a staff member (invitations, role changes). */
export const ASSIGNABLE_STAFF_ROLES = [
  'ADMIN',
  'MANAGER',
  'INSTRUCTOR',
] as const satisfies readonly Role[];

const ADMIN_ONLY = { read: ['ADMIN'], update: ['ADMIN'] } as const satisfies Partial<
  Record<Action, readonly Role[]>
>;

const rules: Record<Resource, Partial<Record<Action, readonly Role[]>>> = {
  adminApp: { read: STAFF_ROLES },
  dashboard: { read: STAFF_ROLES },
  // The bookings of a location by instructor, moved and edited in place: management, as the
  // API (instructors get their own agenda).
  calendar: { read: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // Opening a location (its currency is fixed for good) is for administrators, as the API.
  locations: { read: STAFF_ROLES, create: ['ADMIN'], update: ['ADMIN', 'MANAGER'] },
  // What each location sells: the people who run the school, as the API.
  catalog: { read: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // The gear, its log and the inventory: every staff member reads them (instructors hand gear
  // out on the beach); adding, changing, retiring and notes are management's, as the API.
  equipment: { read: STAFF_ROLES, create: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // Customer records (contacts, notes, merging duplicates): the people who run the school, as
  // the API. Instructors will see their own students through bookings.
  customers: { read: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // Instructor profiles, hours, time off, certificates and pay: management, as the API.
  instructors: { read: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // An instructor's own profile: read, and their own time off (the API allows no more).
  ownInstructorProfile: { read: ['INSTRUCTOR'], update: ['INSTRUCTOR'] },
  // CSV imports of customers and packages: management, as the API.
  imports: { read: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // Who may sign in, with which role, and what outside systems may do: administrators only,
  // as the API.
  users: ADMIN_ONLY,
  invitations: ADMIN_ONLY,
  apiKeys: ADMIN_ONLY,
  // Publishing terms makes everyone accept them again.
  legal: ADMIN_ONLY,
  // Sign-ins of every staff member, with their addresses: administrators only (as the API).
  audit: { read: ['ADMIN'] },
  // Booking for customers through the wizard: the people who run the school, as the API
  // (createBooking and the customer search are management's).
  bookings: { read: ['ADMIN', 'MANAGER'], create: ['ADMIN', 'MANAGER'] },
  // A day of lessons: instructors their own, management any instructor's; check-in, completion
  // and no-show as the API allows (instructors for the lessons they teach).
  agenda: { read: STAFF_ROLES, update: STAFF_ROLES },
  // The maintenance board and its rules: the people who run the school, as the API.
  maintenance: { read: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // The rental desk: staff read rentals; checking gear out and in is management's, as the API.
  rentals: { read: STAFF_ROLES, create: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // The check-out flow itself (a page of its own): management, as the API.
  rentalDesk: { read: ['ADMIN', 'MANAGER'] },
  // Reconciliation of the books and resolving what it finds: management, as the API.
  reconciliation: { read: ['ADMIN', 'MANAGER'], update: ['ADMIN', 'MANAGER'] },
  // Revenue, receivables, utilisation and their exports: management, as the API.
  finance: { read: ['ADMIN', 'MANAGER'] },
};

export function canAccess(role: Role, resource: Resource, action: Action = 'read'): boolean {
  return rules[resource][action]?.includes(role) ?? false;
}
