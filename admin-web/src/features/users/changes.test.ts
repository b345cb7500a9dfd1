import { describe, expect, it } from 'vitest';
import type { UserFieldsFragment } from '../../gql/graphql';
import { changesOf, draftOf } from './changes';

const user: UserFieldsFragment = {
  id: 'u1',
  name: 'Deniz Yılmaz',
  email: 'instructor@demo.plannivo.test',
  role: 'INSTRUCTOR',
  active: true,
  lastLoginAt: null,
  createdAt: '2026-07-01T10:00:00.000Z',
  locations: [
    { id: 'l1', name: 'Akyaka' },
    { id: 'l2', name: 'Tarifa' },
  ],
};

describe('changesOf', () => {
  it('is null when nothing changed', () => {
    expect(changesOf(user, draftOf(user))).toBeNull();
  });

  it('ignores surrounding spaces and the order of locations', () => {
    expect(
      changesOf(user, { ...draftOf(user), name: ' Deniz Yılmaz ', locationIds: ['l2', 'l1'] }),
    ).toBeNull();
  });

  it('sends only the fields that changed', () => {
    expect(changesOf(user, { ...draftOf(user), role: 'MANAGER' })).toEqual({ role: 'MANAGER' });
    expect(changesOf(user, { ...draftOf(user), name: 'Deniz Y.' })).toEqual({ name: 'Deniz Y.' });
    expect(changesOf(user, { ...draftOf(user), locationIds: ['l1'] })).toEqual({
      locationIds: ['l1'],
    });
  });

  it('sends no locations with a portal role', () => {
    expect(changesOf(user, { ...draftOf(user), role: 'STUDENT', locationIds: [] })).toEqual({
      role: 'STUDENT',
    });
  });
});
