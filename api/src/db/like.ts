/** Building LIKE / ILIKE patterns from what people type. */

/** `%value%` for LIKE and ILIKE, with the value's own `%`, `_` and `\` taken literally. */
export const containsPattern = (value: string) => `%${escapeLike(value)}%`;

/** A value with LIKE's wildcards escaped, for patterns built around it. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
