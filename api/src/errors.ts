import type { ErrorCode } from '@plannivo/schema/errors';

export type { ErrorCode };

/** Field name → human-readable reason, for BAD_USER_INPUT. */
export type FieldErrors = Record<string, string>;

/**
 * The one error type services throw. `formatError` (graphql/errors.ts) turns it into a
 * GraphQLError with `extensions.code`; anything else reaching a client is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);

export const badInput = (fields: FieldErrors, message = 'Some fields are invalid') =>
  new DomainError('BAD_USER_INPUT', message, { fields });

export const unauthenticated = (message = 'Sign in to continue') =>
  new DomainError('UNAUTHENTICATED', message);

export const forbidden = (message = 'You are not allowed to do this') =>
  new DomainError('FORBIDDEN', message);

/** SQLSTATE of a database error, walking drizzle's cause chain (it wraps driver errors). */
export function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
