import type { TypePolicies } from '@apollo/client';

/**
 * Each feature's cache policies as one: the field policies of a type that several features
 * extend (`Query`) side by side. Two features defining the same field is a mistake, caught
 * here rather than one policy silently replacing the other.
 */
export function mergeTypePolicies(...all: TypePolicies[]): TypePolicies {
  const merged: TypePolicies = {};
  for (const policies of all) {
    for (const [typename, policy] of Object.entries(policies)) {
      const current = merged[typename];
      if (!current) {
        merged[typename] = policy;
        continue;
      }
      for (const field of Object.keys(policy.fields ?? {})) {
        if (current.fields && field in current.fields) {
          throw new Error(`Two cache policies for ${typename}.${field}`);
        }
      }
      merged[typename] = {
        ...current,
        ...policy,
        fields: { ...current.fields, ...policy.fields },
      };
    }
  }
  return merged;
}
