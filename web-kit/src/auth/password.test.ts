import { describe, expect, it } from 'vitest';
import { looksLikeEmail, newPasswordProblem, passwordLength } from './password';

describe('passwordLength', () => {
  it('counts what people see, not UTF-16 units', () => {
    expect(passwordLength('şifre')).toBe(5);
    expect(passwordLength('🏄🏄')).toBe(2);
  });
});

describe('newPasswordProblem', () => {
  it.each([
    ['', undefined, { password: 'required' }],
    ['short', undefined, { password: 'tooShort' }],
    ['elevenchars', undefined, { password: 'tooShort' }],
    ['twelve chars', undefined, {}],
    ['🏄🏄🏄🏄🏄🏄🏄🏄🏄🏄🏄🏄', undefined, {}],
    ['twelve chars', 'twelve chars', {}],
    ['twelve chars', 'twelve charz', { confirmation: 'mismatch' }],
    ['twelve chars', '', { confirmation: 'mismatch' }],
    ['short', 'other', { password: 'tooShort', confirmation: 'mismatch' }],
    ['', '', { password: 'required' }],
  ])('%j / %j → %j', (password, confirmation, expected) => {
    expect(newPasswordProblem(password, confirmation)).toEqual(expected);
  });
});

describe('looksLikeEmail', () => {
  it.each([
    ['ayse@example.com', true],
    ['  ayse@example.com ', true],
    ['ayse@example', false],
    ['ayse example.com', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(looksLikeEmail(value)).toBe(expected);
  });
});
