import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { refusedLocationFields } from './fieldErrors';

const refusal = (code: string, fields?: Record<string, string>) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'Invalid input', extensions: { code, ...(fields && { fields }) } }],
  });

describe('refusedLocationFields', () => {
  it('names the location fields the API refused, by their own name', () => {
    const error = refusal('BAD_USER_INPUT', {
      'input.timezone': 'timezone must be a valid IANA time-zone',
      taxRateBasisPoints: 'must be 0 to 5000 basis points (0–50 %)',
      currency: 'must be an ISO 4217 code such as TRY or EUR',
      input: 'nothing to change',
    });
    expect(refusedLocationFields(error)).toEqual(['timezone', 'taxRateBasisPoints', 'currency']);
  });

  it('is empty for any other error', () => {
    expect(refusedLocationFields(refusal('FORBIDDEN'))).toEqual([]);
    expect(refusedLocationFields(undefined)).toEqual([]);
  });
});
