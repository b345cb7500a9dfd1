/**
 * The passwords attackers try first. Until a bundled list lands (identity issue), the most
 * common ones of the public breach corpora that reach 12 characters.
 */
const COMMON = new Set([
  'passwordpassword',
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  '1234567890123',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwerty123456',
  'iloveyou1234',
  '111111111111',
  '000000000000',
  'abc123456789',
  'administrator',
  'welcome12345',
  'letmein12345',
]);

export const isCommonPassword = (lowercased: string) => COMMON.has(lowercased);
