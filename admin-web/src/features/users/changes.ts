import type { Role, UpdateUserInput, UserFieldsFragment } from '../../gql/graphql';

export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'INSTRUCTOR'];
export const isStaffRole = (role: Role) => STAFF_ROLES.includes(role);

/** What the edit form holds. */
export interface UserDraft {
  name: string;
  role: Role;
  locationIds: readonly string[];
}

export function draftOf(user: UserFieldsFragment): UserDraft {
  return { name: user.name, role: user.role, locationIds: user.locations.map((l) => l.id) };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Only what changed, so a save never resends a role the API would refuse to "change" (one's
 * own) nor overwrites locations nobody touched. Null when nothing changed. Portal roles work
 * at no location: a change to one is sent without locations.
 */
export function changesOf(user: UserFieldsFragment, draft: UserDraft): UpdateUserInput | null {
  const before = draftOf(user);
  const input: UpdateUserInput = {};
  const name = draft.name.trim();
  if (name !== before.name) input.name = name;
  if (draft.role !== before.role) input.role = draft.role;
  if (isStaffRole(draft.role) && !sameSet(draft.locationIds, before.locationIds)) {
    input.locationIds = [...draft.locationIds];
  }
  return Object.keys(input).length > 0 ? input : null;
}
