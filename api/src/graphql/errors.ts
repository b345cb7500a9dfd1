import { unwrapResolverError } from '@apollo/server/errors';
import { isErrorCode, type ErrorCode } from '@plannivo/schema/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, type FieldErrors } from '../errors.js';

/** How loudly each code is logged: client mistakes are routine, internal errors are not. */
export const LOG_LEVEL_BY_CODE = {
  UNAUTHENTICATED: 'debug',
  FORBIDDEN: 'info',
  BAD_USER_INPUT: 'debug',
  NOT_FOUND: 'debug',
  BOOKING_CONFLICT: 'info',
  CONFLICT: 'info',
  RATE_LIMITED: 'warn',
  INTERNAL_SERVER_ERROR: 'error',
} as const satisfies Record<ErrorCode, 'debug' | 'info' | 'warn' | 'error'>;

// Apollo's own codes for a request the client got wrong; all become BAD_USER_INPUT.
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The code a client will see for `error`; INTERNAL_SERVER_ERROR for anything unknown. */
export function classifyError(error: unknown): ErrorCode {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return original.code;
  if (original instanceof ArgumentValidationError) return 'BAD_USER_INPUT';
  const code = (original as { extensions?: { code?: unknown } })?.extensions?.code;
  if (isErrorCode(code)) return code;
  if (typeof code === 'string' && APOLLO_INPUT_CODES.has(code)) return 'BAD_USER_INPUT';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo's formatError: every error leaves with one of the contract's codes. Unknown errors
 * keep no message, stack or SQL in production.
 */
export function createFormatError(options: { exposeInternalMessages: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = classifyError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      return {
        ...base,
        message: 'Some fields are invalid',
        extensions: { code, fields: validationFields(original) },
      };
    }
    if (code === 'INTERNAL_SERVER_ERROR') {
      return {
        ...base,
        message: options.exposeInternalMessages ? formatted.message : 'Something went wrong',
        extensions: { code },
      };
    }
    const apolloCode = formatted.extensions?.code;
    const reason =
      typeof apolloCode === 'string' && apolloCode !== code ? { reason: apolloCode } : {};
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...base, extensions: { ...extensions, ...reason, code } };
  };
}

function validationFields(error: ArgumentValidationError): FieldErrors {
  const fields: FieldErrors = {};
  const walk = (
    items: ArgumentValidationError['extensions']['validationErrors'],
    prefix: string,
  ): void => {
    for (const item of items) {
      const name = prefix ? `${prefix}.${item.property}` : item.property;
      const first = item.constraints ? Object.values(item.constraints)[0] : undefined;
      if (typeof first === 'string') fields[name] = first;
      if (item.children?.length) walk(item.children, name);
    }
  };
  walk(error.extensions.validationErrors, '');
  return fields;
}
