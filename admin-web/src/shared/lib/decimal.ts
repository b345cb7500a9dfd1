/**
 * Exact conversions between what a person types (a decimal such as 19.99 or "19,99") and the
 * integers the API keeps (1999 minor units, 1999 basis points). Never multiplies floats:
 * 0.29 × 100 is 28.999999999999996 in JavaScript, so the digits are read as text instead.
 */

/** Beyond this a number prints in exponent notation and loses digits; no price gets near it. */
const LARGEST = 1e15;

/**
 * `value` as an integer count of 10^-digits: 19.99 with 2 digits is 1999, "12,5" is 1250.
 * Null when empty, not a plain decimal, or with more than `digits` fraction digits (refused
 * rather than silently rounded).
 */
export function toScaledInteger(value: number | string, digits: number): number | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) >= LARGEST) return null;
    text = value.toFixed(digits);
    // More fraction digits than allowed: toFixed rounded them away.
    if (Number(text) !== value) return null;
  } else {
    text = value.trim().replace(/\s/g, '');
    // A comma alone is the decimal separator (Turkish "12,5").
    if (text.includes(',') && !text.includes('.')) text = text.replace(',', '.');
  }
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (!whole && !fraction) return null;
  if (fraction.length > digits) return null;
  const scaled = Number(whole || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(scaled)) return null;
  return sign ? -scaled : scaled;
}

/** The decimal an integer count of 10^-digits stands for: 1999 with 2 digits is 19.99. */
export function fromScaledInteger(value: number, digits: number): number {
  // Division gives the double nearest to the decimal, which prints back as typed.
  return value / 10 ** digits;
}
