import {
  CombinedGraphQLErrors,
  CombinedProtocolErrors,
  ServerError,
  ServerParseError,
} from '@apollo/client/errors';
import { isErrorCode, type ErrorCode } from '@plannivo/schema/errors';

/** An API error code, or `NETWORK_ERROR` when no answer from the API arrived at all. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR';

/** Gateway statuses mean the API behind the proxy is unreachable, not that it refused. */
const UNREACHABLE_STATUSES = new Set([502, 503, 504]);

function codeOf(value: unknown): ErrorCode | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const code = (value as { extensions?: { code?: unknown } }).extensions?.code;
  if (code === undefined) return undefined;
  // A code the client does not know yet is still an error from the API.
  return isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
}

function firstCode(errors: unknown): ErrorCode | undefined {
  if (!Array.isArray(errors)) return undefined;
  for (const error of errors) {
    const code = codeOf(error);
    if (code) return code;
  }
  return undefined;
}

function codeFromBody(bodyText: string): ErrorCode | undefined {
  try {
    return firstCode((JSON.parse(bodyText) as { errors?: unknown }).errors);
  } catch {
    return undefined;
  }
}

/**
 * The one way the apps read an error: `extensions.code` of the first GraphQL error that has
 * one, never the message text. Anything that is not an answer from the API (fetch failed,
 * gateway error, HTML from a proxy) is `NETWORK_ERROR`; an answer without a known code is
 * `INTERNAL_SERVER_ERROR`.
 */
export function getErrorCode(error: unknown): ClientErrorCode {
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) {
    return firstCode(error.errors) ?? 'INTERNAL_SERVER_ERROR';
  }
  if (ServerError.is(error)) {
    if (UNREACHABLE_STATUSES.has(error.statusCode)) return 'NETWORK_ERROR';
    const code = codeFromBody(error.bodyText);
    if (code) return code;
    if (error.statusCode === 429) return 'RATE_LIMITED';
    if (error.statusCode === 401) return 'UNAUTHENTICATED';
    if (error.statusCode === 403) return 'FORBIDDEN';
    return 'INTERNAL_SERVER_ERROR';
  }
  if (ServerParseError.is(error)) return 'NETWORK_ERROR';
  // fetch() rejects with a TypeError when the request never got an answer.
  if (error instanceof TypeError) return 'NETWORK_ERROR';
  if (typeof error === 'object' && error !== null) {
    const direct = codeOf(error) ?? firstCode((error as { errors?: unknown }).errors);
    if (direct) return direct;
  }
  return 'INTERNAL_SERVER_ERROR';
}

/** `extensions` of the first GraphQL error that carries a code, wherever it came from. */
function firstExtensions(error: unknown): Record<string, unknown> | undefined {
  let errors: unknown;
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) errors = error.errors;
  else if (ServerError.is(error)) {
    try {
      errors = (JSON.parse(error.bodyText) as { errors?: unknown }).errors;
    } catch {
      return undefined;
    }
  } else if (typeof error === 'object' && error !== null) {
    if (codeOf(error)) return (error as { extensions: Record<string, unknown> }).extensions;
    errors = (error as { errors?: unknown }).errors;
  }
  if (!Array.isArray(errors)) return undefined;
  for (const item of errors) {
    if (codeOf(item)) return (item as { extensions: Record<string, unknown> }).extensions;
  }
  return undefined;
}

/**
 * The per-field reasons of a BAD_USER_INPUT error (`extensions.fields`), keyed by the field's
 * own name: `input.email` and `email` are both `email`. Empty for any other error. The
 * reasons are the API's own words (English): show them beside a translated message.
 */
export function getFieldErrors(error: unknown): Record<string, string> {
  if (getErrorCode(error) !== 'BAD_USER_INPUT') return {};
  return byFieldName(firstExtensions(error)?.fields);
}

/** `{ 'input.email': 'x', count: 3 }` → `{ email: 'x' }`: text values by the field's own name. */
function byFieldName(map: unknown): Record<string, string> {
  if (typeof map !== 'object' || map === null || Array.isArray(map)) return {};
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(map)) {
    if (typeof value !== 'string') continue;
    const key = name.split('.').at(-1) ?? name;
    result[key] ??= value;
  }
  return result;
}

/**
 * The per-field reason codes of a BAD_USER_INPUT error (`extensions.reasons`, such as
 * `{ password: 'PASSWORD_COMMON' }`), keyed like `getFieldErrors`. Codes are for the apps to
 * translate; a field without one has only the English text of `getFieldErrors`. Empty for any
 * other error.
 */
export function getFieldReasons(error: unknown): Record<string, string> {
  if (getErrorCode(error) !== 'BAD_USER_INPUT') return {};
  return byFieldName(firstExtensions(error)?.reasons);
}

/** How long a RATE_LIMITED caller must wait (`extensions.retryAfterSeconds`), if the API said. */
export function getRetryAfterSeconds(error: unknown): number | undefined {
  if (getErrorCode(error) !== 'RATE_LIMITED') return undefined;
  const seconds = firstExtensions(error)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : undefined;
}

/**
 * The reason the API gives for refusing a signed-in user everything until they accept the
 * current legal documents.
 */
export const CONSENT_REQUIRED_REASON = 'CONSENT_REQUIRED';

/** True for FORBIDDEN with `extensions.reason` CONSENT_REQUIRED. */
export function isConsentRequired(error: unknown): boolean {
  return (
    getErrorCode(error) === 'FORBIDDEN' &&
    firstExtensions(error)?.reason === CONSENT_REQUIRED_REASON
  );
}

/** True when the request never reached the API: the network-status banner cares, forms too. */
export function isNetworkError(error: unknown): boolean {
  return getErrorCode(error) === 'NETWORK_ERROR';
}

/**
 * Translation keys of the generic message for every code. `satisfies` makes a new code in
 * @plannivo/schema a compile error here until it has a message.
 */
export const errorMessageKeys = {
  UNAUTHENTICATED: 'errors.UNAUTHENTICATED',
  FORBIDDEN: 'errors.FORBIDDEN',
  BAD_USER_INPUT: 'errors.BAD_USER_INPUT',
  NOT_FOUND: 'errors.NOT_FOUND',
  BOOKING_CONFLICT: 'errors.BOOKING_CONFLICT',
  CONFLICT: 'errors.CONFLICT',
  RATE_LIMITED: 'errors.RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'errors.INTERNAL_SERVER_ERROR',
  NETWORK_ERROR: 'errors.NETWORK_ERROR',
} as const satisfies Record<ClientErrorCode, `errors.${string}`>;

export type ErrorMessageKey = (typeof errorMessageKeys)[ClientErrorCode];
