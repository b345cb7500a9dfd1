import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { PASSWORD_REFUSAL_CODES, passwordRefusal, passwordRefusalKeys } from './passwordRefusal';

const withExtensions = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'any text', extensions }] });

const refused = (field: string, code: unknown, message = 'is not accepted') =>
  withExtensions({
    code: 'BAD_USER_INPUT',
    fields: { [field]: message },
    reasons: { [field]: code },
  });

describe('passwordRefusal', () => {
  it.each(PASSWORD_REFUSAL_CODES)('reads %s with the API’s message', (code) => {
    expect(passwordRefusal(refused('password', code))).toEqual({
      code,
      message: 'is not accepted',
    });
  });

  it('looks at the given fields in order', () => {
    const error = refused('input.newPassword', 'PASSWORD_PERSONAL');
    expect(passwordRefusal(error)).toBeUndefined();
    expect(passwordRefusal(error, ['newPassword', 'password'])).toEqual({
      code: 'PASSWORD_PERSONAL',
      message: 'is not accepted',
    });
  });

  it('falls back to the message for a code it does not know, or none', () => {
    expect(passwordRefusal(refused('password', 'PASSWORD_PWNED'))).toEqual({
      message: 'is not accepted',
    });
    expect(
      passwordRefusal(
        withExtensions({ code: 'BAD_USER_INPUT', fields: { password: 'is too common' } }),
      ),
    ).toEqual({ message: 'is too common' });
  });

  it('takes a code without a message', () => {
    expect(
      passwordRefusal(
        withExtensions({ code: 'BAD_USER_INPUT', reasons: { password: 'PASSWORD_COMMON' } }),
      ),
    ).toEqual({ code: 'PASSWORD_COMMON' });
  });

  it('is undefined when the password was not refused', () => {
    expect(
      passwordRefusal(withExtensions({ code: 'BAD_USER_INPUT', fields: { email: 'is taken' } })),
    ).toBeUndefined();
    expect(
      passwordRefusal(withExtensions({ code: 'BAD_USER_INPUT', reasons: { password: 42 } })),
    ).toBeUndefined();
    expect(passwordRefusal(withExtensions({ code: 'CONFLICT' }))).toBeUndefined();
    expect(passwordRefusal(new TypeError('Failed to fetch'))).toBeUndefined();
  });
});

describe('passwordRefusalKeys', () => {
  it('has a key for every code', () => {
    expect(Object.keys(passwordRefusalKeys).sort()).toEqual([...PASSWORD_REFUSAL_CODES].sort());
  });
});
