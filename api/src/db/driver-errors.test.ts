import { describe, expect, it } from 'vitest';
import { isDriverTypeLookupError } from './driver-errors.js';

const TYPE_QUERY = `
      select b.oid, b.typarray
      from pg_catalog.pg_type a
      left join pg_catalog.pg_type b on b.oid = a.typelem
      where a.typcategory = 'A'`;

describe('isDriverTypeLookupError', () => {
  it("recognises only the driver's own array-type lookup", () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
      query: TYPE_QUERY,
    });
    expect(isDriverTypeLookupError(refused)).toBe(true);
    expect(isDriverTypeLookupError({ query: 'select * from bookings', code: 'ECONNREFUSED' })).toBe(
      false,
    );
    expect(isDriverTypeLookupError(new Error('boom'))).toBe(false);
    expect(isDriverTypeLookupError(null)).toBe(false);
    expect(isDriverTypeLookupError('pg_catalog.pg_type typarray')).toBe(false);
  });
});
