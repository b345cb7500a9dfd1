import { describe, expect, it } from 'vitest';
import { ALL_ROLES, canAccess } from './can';

describe('canAccess', () => {
  it.each(ALL_ROLES)('lets %s use the portal home and profile', (role) => {
    expect(canAccess(role, 'home')).toBe(true);
    expect(canAccess(role, 'profile', 'update')).toBe(true);
  });

  it('denies actions that have no rule', () => {
    expect(canAccess('STUDENT', 'home', 'update')).toBe(false);
  });
});
