import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from './password-policy.js';

/**
 * The passwords attackers try first: zxcvbn-ts's list of the most common passwords from
 * public breach corpora (about 49,000). Only those long enough to pass the length rule are
 * kept; a shorter one is refused for its length already.
 */
const COMMON = new Set(
  (dictionary['passwords-common'] as string[])
    .map((p) => p.toLowerCase())
    .filter((p) => [...p].length >= PASSWORD_MIN_LENGTH),
);

/** True for a (lower-cased) password on the common list. */
export const isCommonPassword = (lowercased: string) => COMMON.has(lowercased);

/** How many entries the check uses; for tests and docs. */
export const COMMON_PASSWORD_COUNT = COMMON.size;
