import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import {
  changePasswordFailure,
  changePasswordProblems,
  hasProblems,
  type ChangePasswordValues,
} from './changePassword';

const CURRENT = 'the current password';
const NEW = 'a brand new sunny password';

describe('changePasswordProblems', () => {
  it.each<[string, ChangePasswordValues, ReturnType<typeof changePasswordProblems>]>([
    [
      'nothing filled in',
      { currentPassword: '', newPassword: '', confirmation: '' },
      { currentPassword: 'required', newPassword: 'required' },
    ],
    [
      'a new password one character too short',
      { currentPassword: CURRENT, newPassword: 'x'.repeat(11), confirmation: 'x'.repeat(11) },
      { newPassword: 'tooShort' },
    ],
    [
      'exactly 12 characters, counted as people see them',
      { currentPassword: CURRENT, newPassword: 'şifreşifre🌊!', confirmation: 'şifreşifre🌊!' },
      {},
    ],
    [
      'a confirmation that differs',
      { currentPassword: CURRENT, newPassword: NEW, confirmation: `${NEW}!` },
      { confirmation: 'mismatch' },
    ],
    [
      'no confirmation',
      { currentPassword: CURRENT, newPassword: NEW, confirmation: '' },
      { confirmation: 'mismatch' },
    ],
    [
      'the current password again',
      { currentPassword: CURRENT, newPassword: CURRENT, confirmation: CURRENT },
      { newPassword: 'sameAsCurrent' },
    ],
    ['everything right', { currentPassword: CURRENT, newPassword: NEW, confirmation: NEW }, {}],
  ])('%s', (_name, values, expected) => {
    const problems = changePasswordProblems(values);
    expect(problems).toEqual(expected);
    expect(hasProblems(problems)).toBe(Object.keys(expected).length > 0);
  });
});

const withExtensions = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'any text', extensions }] });

describe('changePasswordFailure', () => {
  it('names a wrong current password', () => {
    const error = withExtensions({
      code: 'BAD_USER_INPUT',
      fields: { currentPassword: 'is not your current password' },
    });
    expect(changePasswordFailure(error)).toEqual({ kind: 'wrongCurrentPassword' });
  });

  it('reads a refused new password by its code', () => {
    const error = withExtensions({
      code: 'BAD_USER_INPUT',
      fields: { newPassword: 'is too common; choose one that is hard to guess' },
      reasons: { newPassword: 'PASSWORD_COMMON' },
    });
    expect(changePasswordFailure(error)).toEqual({
      kind: 'newPassword',
      refusal: {
        code: 'PASSWORD_COMMON',
        message: 'is too common; choose one that is hard to guess',
      },
    });
  });

  it('keeps the API’s words for a refusal without a code', () => {
    const error = withExtensions({
      code: 'BAD_USER_INPUT',
      fields: { newPassword: 'must differ from the current one' },
    });
    expect(changePasswordFailure(error)).toEqual({
      kind: 'newPassword',
      refusal: { message: 'must differ from the current one' },
    });
  });

  it.each([
    ['a rate limit', withExtensions({ code: 'RATE_LIMITED', retryAfterSeconds: 600 })],
    ['an ended session', withExtensions({ code: 'UNAUTHENTICATED' })],
    ['another field', withExtensions({ code: 'BAD_USER_INPUT', fields: { email: 'x' } })],
    ['no answer at all', new TypeError('Failed to fetch')],
  ])('leaves %s to the alert', (_name, error) => {
    expect(changePasswordFailure(error)).toEqual({ kind: 'other' });
  });
});
