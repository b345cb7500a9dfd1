import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { refusedPackageFields, refusedServiceFields } from './fieldErrors';

const refusal = (code: string, fields?: Record<string, string>) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'Invalid input', extensions: { code, ...(fields && { fields }) } }],
  });

describe('refused catalog fields', () => {
  it('names a service’s refused fields; the price’s parts are the price', () => {
    const error = refusal('BAD_USER_INPUT', {
      capacity: 'must be 2 to 3 for this format',
      'input.price.amountMinor': 'amountMinor must not be less than 0',
      locationId: 'is not a location',
    });
    expect(refusedServiceFields(error)).toEqual(['capacity', 'price']);
  });

  it('names a package’s refused fields; an item’s parts are the items', () => {
    const error = refusal('BAD_USER_INPUT', {
      'input.items.0.quantity': 'quantity must not be greater than 100',
      validityDays: 'must be 1 to 1095 days',
    });
    expect(refusedPackageFields(error)).toEqual(['validityDays', 'items']);
  });

  it('is empty for any other error', () => {
    expect(refusedServiceFields(refusal('NOT_FOUND'))).toEqual([]);
    expect(refusedPackageFields(undefined)).toEqual([]);
  });
});
