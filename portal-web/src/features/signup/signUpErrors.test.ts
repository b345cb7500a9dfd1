import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { signUpFailure } from './signUpErrors';

const withExtensions = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'any text', extensions }] });

describe('signUpFailure', () => {
  it('offers sign-in and reset for an email already registered', () => {
    expect(signUpFailure(withExtensions({ code: 'CONFLICT' }))).toEqual({ kind: 'emailTaken' });
  });

  it('puts the API’s reasons on the form’s own fields', () => {
    const error = withExtensions({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.email': 'must be an email',
        'input.password': 'is too common',
        locale: 'must be tr or en',
      },
    });
    expect(signUpFailure(error)).toEqual({
      kind: 'fields',
      fields: { email: 'must be an email' },
      password: { message: 'is too common' },
    });
  });

  it('passes on the code of a refused password for the form to translate', () => {
    const error = withExtensions({
      code: 'BAD_USER_INPUT',
      fields: { password: 'must not contain your email or name' },
      reasons: { password: 'PASSWORD_PERSONAL' },
    });
    expect(signUpFailure(error)).toEqual({
      kind: 'fields',
      fields: {},
      password: { code: 'PASSWORD_PERSONAL', message: 'must not contain your email or name' },
    });
  });

  it.each([
    { code: 'BAD_USER_INPUT', fields: { locale: 'must be tr or en' } },
    { code: 'BAD_USER_INPUT' },
    { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
    { code: 'INTERNAL_SERVER_ERROR' },
  ])('leaves %j to the generic alert', (extensions) => {
    expect(signUpFailure(withExtensions(extensions))).toEqual({ kind: 'other' });
  });
});
