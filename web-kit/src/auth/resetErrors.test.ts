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

  it('passes on the code of a refused password with the API’s message', () => {
    expect(
      resetFailure(
        withExtensions({
          code: 'BAD_USER_INPUT',
          fields: { newPassword: 'is too common; choose one that is hard to guess' },
          reasons: { newPassword: 'PASSWORD_COMMON' },
        }),
      ),
    ).toEqual({
      kind: 'password',
      refusal: {
        code: 'PASSWORD_COMMON',
        message: 'is too common; choose one that is hard to guess',
      },
    });
  });

  it('passes on the API’s own words when there is no code it knows', () => {
    expect(
      resetFailure(
        withExtensions({ code: 'BAD_USER_INPUT', fields: { newPassword: 'is too common' } }),
      ),
    ).toEqual({ kind: 'password', refusal: { message: 'is too common' } });
    expect(
      resetFailure(
        withExtensions({
          code: 'BAD_USER_INPUT',
          fields: { password: 'is too weak' },
          reasons: { password: 'PASSWORD_TOO_WEAK' },
        }),
      ),
    ).toEqual({ kind: 'password', refusal: { message: 'is too weak' } });
  });

  it('still treats a dead token first when the password was refused too', () => {
    expect(
      resetFailure(
        withExtensions({
          code: 'BAD_USER_INPUT',
          fields: { token: 'has expired', newPassword: 'must be at least 12 characters' },
          reasons: { newPassword: 'PASSWORD_TOO_SHORT' },
        }),
      ),
    ).toEqual({ kind: 'invalidLink' });
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
