import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { refusedFields } from './fieldErrors';

const withExtensions = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'any text', extensions }] });

describe('refusedFields', () => {
  it('names the form’s own fields the API refused', () => {
    const error = withExtensions({
      code: 'BAD_USER_INPUT',
      fields: { 'input.phone': 'is not a phone number', weightKg: 'must be 10 to 250 kg' },
    });
    expect(refusedFields(error, ['phone', 'birthDate', 'weightKg'])).toEqual(['phone', 'weightKg']);
  });

  it('ignores fields of other forms and other errors', () => {
    const error = withExtensions({ code: 'BAD_USER_INPUT', fields: { name: 'too long' } });
    expect(refusedFields(error, ['phone'])).toEqual([]);
    expect(refusedFields(withExtensions({ code: 'FORBIDDEN' }), ['phone'])).toEqual([]);
  });
});
