import { randomInt } from 'node:crypto';

/**
 * Voucher codes: 12 characters of Crockford's base 32 (digits and letters without I, L, O
 * and U, so nothing reads as something else) from the system's CSPRNG: 60 bits, far beyond
 * guessing under the redemption rate limit. Shown in groups of four (`7KQ2-M9XD-4TRW`);
 * typed any way — lower case, spaces, dashes, an O for a zero, an I or L for a one.
 */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** A new random code in its stored (normalized, ungrouped) form. */
export function newVoucherCode(): string {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return raw;
}

/** A code's canonical form for matching: upper case, separators gone, look-alikes mapped. */
export function normalizeCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Whether a normalized code could be one of ours (saves a lookup for typos). */
export const isCodeShape = (normalized: string) =>
  normalized.length === CODE_LENGTH && [...normalized].every((c) => CODE_ALPHABET.includes(c));

/** Groups of four with dashes: `7KQ2M9XD4TRW` → `7KQ2-M9XD-4TRW`. */
export function formatCode(normalized: string): string {
  return normalized.match(/.{1,4}/g)?.join('-') ?? normalized;
}
