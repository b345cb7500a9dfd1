import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { userRefusal } from './refusals';

const apiError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'refused', extensions }] });

describe('userRefusal', () => {
  it('reads the last-admin rule from CONFLICT', () => {
    expect(userRefusal(apiError({ code: 'CONFLICT' }))).toBe('lastAdmin');
  });

  it('reads own role and own account from the field named', () => {
    expect(userRefusal(apiError({ code: 'BAD_USER_INPUT', fields: { role: 'you cannot…' } }))).toBe(
      'ownRole',
    );
    expect(userRefusal(apiError({ code: 'BAD_USER_INPUT', fields: { id: 'you cannot…' } }))).toBe(
      'ownAccount',
    );
  });

  it('leaves every other error to the generic messages', () => {
    expect(userRefusal(apiError({ code: 'BAD_USER_INPUT', fields: { name: 'too long' } }))).toBe(
      undefined,
    );
    expect(userRefusal(apiError({ code: 'FORBIDDEN' }))).toBeUndefined();
    expect(userRefusal(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});
