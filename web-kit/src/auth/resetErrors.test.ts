import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { resetFailure } from './resetErrors';

const withExtensions = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'any text', extensions }] });

describe('resetFailure', () => {
  it('treats an unknown, used or expired token as a dead link', () => {
    expect(resetFailure(withExtensions({ code: 'NOT_FOUND' }))).toEqual({ kind: 'invalidLink' });
    expect(
      resetFailure(withExtensions({ code: 'BAD_USER_INPUT', fields: { token: 'has expired' } })),
    ).toEqual({ kind: 'invalidLink' });
  });

  it('passes on why the API refused the password', () => {
    expect(
      resetFailure(
        withExtensions({ code: 'BAD_USER_INPUT', fields: { newPassword: 'is too common' } }),
      ),
    ).toEqual({ kind: 'password', reason: 'is too common' });
  });

  it.each([
    { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    { code: 'INTERNAL_SERVER_ERROR' },
    { code: 'BAD_USER_INPUT' },
  ])('leaves %j to the generic alert', (extensions) => {
    expect(resetFailure(withExtensions(extensions))).toEqual({ kind: 'other' });
  });

  it('leaves network failures to the generic alert', () => {
    expect(resetFailure(new TypeError('Failed to fetch'))).toEqual({ kind: 'other' });
  });
});
