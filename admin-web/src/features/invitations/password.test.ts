import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password';

const account = { email: 'deniz.yilmaz@example.com', name: 'Deniz Yılmaz' };

describe('passwordProblem', () => {
  it.each([
    ['', 'required'],
    ['elevenchars', 'tooShort'],
    ['deniz.yilmaz@example.com', 'personal'],
    ['my deniz.yilmaz pass', 'personal'],
    ['deniz yılmaz 2026!', 'personal'],
    ['aaaaaaaaaaaaaa', 'repeated'],
    ['twelve chars', undefined],
    ['rüzgâr gülü çiçeği', undefined],
  ] as const)('%j → %s', (password, problem) => {
    expect(passwordProblem(password, account)).toBe(problem);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊', account)).toBe('tooShort');
    expect(passwordProblem('🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🪁🪁', account)).toBeUndefined();
  });

  it('leaves short names and email names to the API', () => {
    expect(
      passwordProblem('ali is my name ok', { email: 'ali@x.io', name: 'Ali' }),
    ).toBeUndefined();
  });
});
