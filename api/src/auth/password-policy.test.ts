import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

const account = { email: 'deniz.yilmaz@example.com', name: 'Deniz Yılmaz' };
const common = new Set(['passwordpassword', 'qwertyuiop123']);

describe('passwordProblem', () => {
  it.each([
    ['short', 'kite-surf-1', /at least 12/],
    ['too long', 'x'.repeat(120) + 'y'.repeat(137), /at most 256/],
    ['the email', 'Deniz.Yilmaz@example.com', /email or name/],
    ['the email local part inside', 'my-deniz.yilmaz-pass', /email or name/],
    ['the name inside', 'hello Deniz Yılmaz!', /email or name/],
    ['one character repeated', 'aaaaaaaaaaaaaaa', /repeated/],
    ['a common password', 'PasswordPassword', /too common/],
  ])('refuses %s', (_case, password, reason) => {
    expect(passwordProblem(password, account, (p) => common.has(p))).toMatch(reason);
  });

  it.each(['correct horse battery staple', 'Akyaka rüzgârı 25 knot', '🪁🪁 kite wing foil 🪁🪁'])(
    'accepts %s (no composition rules; characters, not bytes, are counted)',
    (password) => {
      expect(passwordProblem(password, account, (p) => common.has(p))).toBeNull();
    },
  );

  it('counts characters, not UTF-16 units: 11 emoji are too short', () => {
    expect(passwordProblem('🪁'.repeat(11), account)).toMatch(/at least 12/);
  });
});

describe('the bundled common-password list', () => {
  it('holds the breach-list passwords long enough to matter and refuses them', async () => {
    const { COMMON_PASSWORD_COUNT, isCommonPassword } = await import('./common-passwords.js');
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(250);
    for (const p of ['passwordpassword', 'qwertyuiop123']) {
      expect(passwordProblem(p, account, isCommonPassword)).toMatch(/too common/);
    }
    expect(passwordProblem('Akyaka rüzgârı 25 knot', account, isCommonPassword)).toBeNull();
  });
});
