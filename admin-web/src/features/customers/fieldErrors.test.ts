import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { refusedFields } from './fieldErrors';

const refusal = (code: string, fields?: Record<string, string>) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'Invalid input', extensions: { code, ...(fields && { fields }) } }],
  });

describe('refusedFields', () => {
  it('names the record fields the API refused, by their own name', () => {
    const error = refusal('BAD_USER_INPUT', {
      'input.email': 'is not an email address',
      weightKg: 'must be 10 to 250 kg',
      after: 'is not a cursor of this list',
    });
    expect(refusedFields(error)).toEqual(['email', 'weightKg']);
  });

  it('is empty for any other error', () => {
    expect(refusedFields(refusal('CONFLICT'))).toEqual([]);
    expect(refusedFields(undefined)).toEqual([]);
  });
});
