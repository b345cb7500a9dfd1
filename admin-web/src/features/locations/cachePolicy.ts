import type { TypePolicies } from '@apollo/client';

/**
 * A saved week replaces the old one: the entries have no id of their own, so the cache is
 * told to take the new list as it is.
 */
export const locationsTypePolicies: TypePolicies = {
  Location: { fields: { openingHours: { merge: false } } },
};
