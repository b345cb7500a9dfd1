import type { Role } from '@plannivo/web-kit/auth';
import { describe, expect, it } from 'vitest';
import { canAccess, type Resource } from './can';

const ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR', 'STUDENT', 'CUSTOMER'];

/** The pages each role finds in the navigation, as the issue states them. */
const PAGES_BY_ROLE: Record<Role, readonly Resource[]> = {
  ADMIN: [
    'dashboard',
    'calendar',
    'locations',
    'catalog',
    'customers',
    'imports',
    'users',
    'invitations',
    'apiKeys',
    'legal',
    'audit',
  ],
  MANAGER: ['dashboard', 'calendar', 'locations', 'catalog', 'customers', 'imports'],
  INSTRUCTOR: ['dashboard', 'locations'],
  STUDENT: [],
  CUSTOMER: [],
};
const PAGES: readonly Resource[] = PAGES_BY_ROLE.ADMIN;

describe('canAccess', () => {
  it.each<[Role, boolean]>([
    ['ADMIN', true],
    ['MANAGER', true],
    ['INSTRUCTOR', true],
    ['STUDENT', false],
    ['CUSTOMER', false],
  ])('lets %s into the admin app: %s', (role, allowed) => {
    expect(canAccess(role, 'adminApp')).toBe(allowed);
  });

  it.each(ROLES)('shows %s exactly its own pages', (role) => {
    const readable = PAGES.filter((page) => canAccess(role, page));
    expect(readable).toEqual(PAGES_BY_ROLE[role]);
  });

  it.each<[Role, boolean]>([
    ['ADMIN', true],
    ['MANAGER', true],
    ['INSTRUCTOR', false],
    ['STUDENT', false],
  ])('lets %s rename locations: %s', (role, allowed) => {
    expect(canAccess(role, 'locations', 'update')).toBe(allowed);
  });

  it('lets ADMIN and MANAGER read and change customer records, nobody else', () => {
    expect(ROLES.filter((role) => canAccess(role, 'customers'))).toEqual(['ADMIN', 'MANAGER']);
    expect(ROLES.filter((role) => canAccess(role, 'customers', 'update'))).toEqual([
      'ADMIN',
      'MANAGER',
    ]);
  });

  it.each<[Role, boolean]>([
    ['ADMIN', true],
    ['MANAGER', false],
    ['INSTRUCTOR', false],
    ['STUDENT', false],
    ['CUSTOMER', false],
  ])('lets %s read the audit log: %s', (role, allowed) => {
    expect(canAccess(role, 'audit')).toBe(allowed);
  });

  it.each<Resource>(['users', 'invitations', 'apiKeys', 'legal'])(
    'lets only ADMIN change %s',
    (resource) => {
      expect(ROLES.filter((role) => canAccess(role, resource, 'update'))).toEqual(['ADMIN']);
    },
  );

  it('lets only ADMIN open a location, and ADMIN and MANAGER edit the catalog', () => {
    expect(ROLES.filter((role) => canAccess(role, 'locations', 'create'))).toEqual(['ADMIN']);
    expect(ROLES.filter((role) => canAccess(role, 'catalog', 'update'))).toEqual([
      'ADMIN',
      'MANAGER',
    ]);
  });

  it('lets ADMIN and MANAGER book through the wizard, and every staff role open an agenda', () => {
    expect(ROLES.filter((role) => canAccess(role, 'bookings', 'create'))).toEqual([
      'ADMIN',
      'MANAGER',
    ]);
    expect(ROLES.filter((role) => canAccess(role, 'agenda'))).toEqual([
      'ADMIN',
      'MANAGER',
      'INSTRUCTOR',
    ]);
  });

  it('shows the finance dashboard to ADMIN and MANAGER only', () => {
    expect(ROLES.filter((role) => canAccess(role, 'finance'))).toEqual(['ADMIN', 'MANAGER']);
  });

  it('shows reconciliation and its resolutions to ADMIN and MANAGER only', () => {
    expect(ROLES.filter((role) => canAccess(role, 'reconciliation'))).toEqual(['ADMIN', 'MANAGER']);
    expect(ROLES.filter((role) => canAccess(role, 'reconciliation', 'update'))).toEqual([
      'ADMIN',
      'MANAGER',
    ]);
  });

  it('denies actions that have no rule', () => {
    expect(canAccess('ADMIN', 'dashboard', 'update')).toBe(false);
    expect(canAccess('ADMIN', 'audit', 'update')).toBe(false);
  });
});
