import { describe, expect, it } from 'vitest';
import { ALL_ROLES, canAccess } from './can';

describe('canAccess', () => {
  it.each(ALL_ROLES)('lets %s use the portal home and profile', (role) => {
    expect(canAccess(role, 'home')).toBe(true);
    expect(canAccess(role, 'profile', 'update')).toBe(true);
  });

  it('lets students and customers book and see their bookings, not staff', () => {
    expect(ALL_ROLES.filter((role) => canAccess(role, 'book'))).toEqual(['STUDENT', 'CUSTOMER']);
    expect(ALL_ROLES.filter((role) => canAccess(role, 'bookings', 'update'))).toEqual([
      'STUDENT',
      'CUSTOMER',
    ]);
  });

  it('shows receipts to students and customers, not staff', () => {
    expect(ALL_ROLES.filter((role) => canAccess(role, 'receipts'))).toEqual([
      'STUDENT',
      'CUSTOMER',
    ]);
  });

  it('shows packages and redeeming codes to students and customers, not staff', () => {
    expect(ALL_ROLES.filter((role) => canAccess(role, 'packages', 'update'))).toEqual([
      'STUDENT',
      'CUSTOMER',
    ]);
  });

  it('denies actions that have no rule', () => {
    expect(canAccess('STUDENT', 'home', 'update')).toBe(false);
  });
});
