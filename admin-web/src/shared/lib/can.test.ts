import type { Role } from '@plannivo/web-kit/auth';
import { describe, expect, it } from 'vitest';
import { canAccess } from './can';

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

  it.each<[Role, boolean]>([
    ['ADMIN', true],
    ['MANAGER', true],
    ['INSTRUCTOR', false],
    ['STUDENT', false],
  ])('lets %s rename locations: %s', (role, allowed) => {
    expect(canAccess(role, 'locations', 'update')).toBe(allowed);
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

  it('denies actions that have no rule', () => {
    expect(canAccess('ADMIN', 'dashboard', 'update')).toBe(false);
  });
});
