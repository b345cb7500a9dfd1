import type { TypePolicies } from '@apollo/client';

/**
 * A saved package's items replace the old list: the items have no id of their own, so the
 * cache is told to take the new list as it is.
 */
export const catalogTypePolicies: TypePolicies = {
  Package: { fields: { items: { merge: false } } },
};
