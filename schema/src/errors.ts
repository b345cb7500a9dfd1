/**
 * The error codes a client can act on, carried in `extensions.code` of every GraphQL error.
 * One list shared by the API (which throws them) and the web apps (which translate them).
 * Adding a code here forces every `satisfies Record<ErrorCode, ...>` mapping to handle it.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'BOOKING_CONFLICT',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
