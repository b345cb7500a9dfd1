import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { loginErrorMessage } from './loginErrors';

const withCode = (code: string, message = 'any text') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });

describe('loginErrorMessage', () => {
  it('says wrong email or password for UNAUTHENTICATED', () => {
    expect(loginErrorMessage(withCode('UNAUTHENTICATED'))).toEqual({
      ns: 'auth',
      key: 'login.invalidCredentials',
    });
  });

  it('explains rate limits', () => {
    expect(loginErrorMessage(withCode('RATE_LIMITED', 'Invalid password'))).toEqual({
      ns: 'common',
      key: 'errors.RATE_LIMITED',
    });
  });

  it('explains network failures', () => {
    expect(loginErrorMessage(new TypeError('Failed to fetch'))).toEqual({
      ns: 'common',
      key: 'errors.NETWORK_ERROR',
    });
  });

  it.each(['FORBIDDEN', 'INTERNAL_SERVER_ERROR', 'BAD_USER_INPUT', 'SOMETHING_NEW'])(
    'is generic for %s',
    (code) => {
      expect(loginErrorMessage(withCode(code, 'Wrong password'))).toEqual({
        ns: 'common',
        key: 'errors.INTERNAL_SERVER_ERROR',
      });
    },
  );
});
