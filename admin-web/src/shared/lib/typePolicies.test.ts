import { describe, expect, it } from 'vitest';
import { mergeTypePolicies } from './typePolicies';

describe('mergeTypePolicies', () => {
  it('puts the field policies of one type side by side', () => {
    const read = () => 1;
    const merged = mergeTypePolicies(
      { Query: { fields: { auditLog: { keyArgs: ['filter'] } } } },
      { Query: { fields: { users: { read } } }, User: { keyFields: ['id'] } },
    );
    expect(merged).toEqual({
      Query: { fields: { auditLog: { keyArgs: ['filter'] }, users: { read } } },
      User: { keyFields: ['id'] },
    });
  });

  it('refuses two policies for the same field', () => {
    expect(() =>
      mergeTypePolicies(
        { Query: { fields: { users: { keyArgs: false } } } },
        { Query: { fields: { users: { keyArgs: ['filter'] } } } },
      ),
    ).toThrow('Two cache policies for Query.users');
  });
});
