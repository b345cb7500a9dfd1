import {
  CombinedGraphQLErrors,
  CombinedProtocolErrors,
  ServerError,
  ServerParseError,
} from '@apollo/client/errors';
import { ERROR_CODES } from '@plannivo/schema/errors';
import { describe, expect, it } from 'vitest';
import {
  errorMessageKeys,
  getErrorCode,
  getFieldErrors,
  getFieldReasons,
  getRetryAfterSeconds,
  isConsentRequired,
  isNetworkError,
} from './errors';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ data: null, errors });
}

function serverError(status: number, bodyText: string) {
  return new ServerError('Response not successful', {
    response: new Response(bodyText, { status }),
    bodyText,
  });
}

describe('getErrorCode', () => {
  it.each(ERROR_CODES)('reads %s from extensions.code of a GraphQL error', (code) => {
    expect(getErrorCode(graphQLErrors({ message: 'whatever', extensions: { code } }))).toBe(code);
  });

  it('ignores the message text', () => {
    const error = graphQLErrors({
      message: 'UNAUTHENTICATED: rate limited',
      extensions: { code: 'RATE_LIMITED' },
    });
    expect(getErrorCode(error)).toBe('RATE_LIMITED');
  });

  it('takes the first error that carries a code', () => {
    const error = graphQLErrors(
      { message: 'no code here' },
      { message: 'conflict', extensions: { code: 'BOOKING_CONFLICT' } },
      { message: 'later', extensions: { code: 'NOT_FOUND' } },
    );
    expect(getErrorCode(error)).toBe('BOOKING_CONFLICT');
  });

  it('maps a GraphQL error without a known code to INTERNAL_SERVER_ERROR', () => {
    expect(getErrorCode(graphQLErrors({ message: 'boom' }))).toBe('INTERNAL_SERVER_ERROR');
    expect(
      getErrorCode(
        graphQLErrors({ message: 'bad', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ),
    ).toBe('INTERNAL_SERVER_ERROR');
  });

  it('reads codes from WebSocket protocol errors', () => {
    const error = new CombinedProtocolErrors([
      { message: 'forbidden', extensions: { code: 'FORBIDDEN' } },
    ]);
    expect(getErrorCode(error)).toBe('FORBIDDEN');
  });

  it('treats a failed fetch as a network error', () => {
    const error = new TypeError('Failed to fetch');
    expect(getErrorCode(error)).toBe('NETWORK_ERROR');
    expect(isNetworkError(error)).toBe(true);
  });

  it.each([502, 503, 504])('treats gateway status %i as a network error', (status) => {
    expect(getErrorCode(serverError(status, '<html>Bad gateway</html>'))).toBe('NETWORK_ERROR');
  });

  it('reads the code from the JSON body of a non-200 answer', () => {
    const body = JSON.stringify({
      errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(getErrorCode(serverError(400, body))).toBe('RATE_LIMITED');
  });

  it('falls back to the HTTP status when the body has no code', () => {
    expect(getErrorCode(serverError(429, 'Too many requests'))).toBe('RATE_LIMITED');
    expect(getErrorCode(serverError(401, ''))).toBe('UNAUTHENTICATED');
    expect(getErrorCode(serverError(500, 'oops'))).toBe('INTERNAL_SERVER_ERROR');
    expect(isNetworkError(serverError(500, 'oops'))).toBe(false);
  });

  it('treats an unparsable answer (a proxy page) as a network error', () => {
    const error = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(getErrorCode(error)).toBe('NETWORK_ERROR');
  });

  it('reads plain objects shaped like GraphQL errors', () => {
    expect(getErrorCode({ extensions: { code: 'CONFLICT' } })).toBe('CONFLICT');
    expect(getErrorCode({ errors: [{ extensions: { code: 'NOT_FOUND' } }] })).toBe('NOT_FOUND');
  });

  it.each([undefined, null, 'oops', 42, new Error('plain')])(
    'answers INTERNAL_SERVER_ERROR for %s',
    (value) => {
      expect(getErrorCode(value)).toBe('INTERNAL_SERVER_ERROR');
    },
  );
});

describe('errorMessageKeys', () => {
  it('has a message for every code of the API and for network errors', () => {
    expect(Object.keys(errorMessageKeys).sort()).toEqual([...ERROR_CODES, 'NETWORK_ERROR'].sort());
  });
});

describe('getFieldErrors', () => {
  it('reads extensions.fields of BAD_USER_INPUT by the field’s own name', () => {
    const error = graphQLErrors({
      message: 'Some fields are invalid',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: { 'input.email': 'must be an email', password: 'is too common', count: 3 },
      },
    });
    expect(getFieldErrors(error)).toEqual({ email: 'must be an email', password: 'is too common' });
  });

  it('is empty for other codes and for BAD_USER_INPUT without fields', () => {
    expect(
      getFieldErrors(
        graphQLErrors({ message: 'x', extensions: { code: 'CONFLICT', fields: { a: 'b' } } }),
      ),
    ).toEqual({});
    expect(
      getFieldErrors(graphQLErrors({ message: 'x', extensions: { code: 'BAD_USER_INPUT' } })),
    ).toEqual({});
    expect(getFieldErrors(new TypeError('Failed to fetch'))).toEqual({});
  });

  it('reads fields from the JSON body of a non-200 answer', () => {
    const body = JSON.stringify({
      errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: { name: 'x' } } }],
    });
    expect(getFieldErrors(serverError(400, body))).toEqual({ name: 'x' });
  });
});

describe('getFieldReasons', () => {
  it('reads extensions.reasons of BAD_USER_INPUT by the field’s own name', () => {
    const error = graphQLErrors({
      message: 'The password is not accepted',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: { 'input.password': 'is too common; choose one that is hard to guess' },
        reasons: { 'input.password': 'PASSWORD_COMMON', newPassword: 42, token: null },
      },
    });
    expect(getFieldReasons(error)).toEqual({ password: 'PASSWORD_COMMON' });
  });

  it('is empty without reasons, with reasons of the wrong shape, and for other codes', () => {
    const bad = (extensions: Record<string, unknown>) =>
      getFieldReasons(graphQLErrors({ message: 'x', extensions }));
    expect(bad({ code: 'BAD_USER_INPUT', fields: { password: 'is too common' } })).toEqual({});
    expect(bad({ code: 'BAD_USER_INPUT', reasons: 'PASSWORD_COMMON' })).toEqual({});
    expect(bad({ code: 'BAD_USER_INPUT', reasons: ['PASSWORD_COMMON'] })).toEqual({});
    expect(bad({ code: 'CONFLICT', reasons: { password: 'PASSWORD_COMMON' } })).toEqual({});
    expect(getFieldReasons(new TypeError('Failed to fetch'))).toEqual({});
    expect(getFieldReasons(undefined)).toEqual({});
  });

  it('reads reasons from the JSON body of a non-200 answer and from plain objects', () => {
    const extensions = { code: 'BAD_USER_INPUT', reasons: { newPassword: 'PASSWORD_TOO_SHORT' } };
    const body = JSON.stringify({ errors: [{ message: 'bad', extensions }] });
    expect(getFieldReasons(serverError(400, body))).toEqual({ newPassword: 'PASSWORD_TOO_SHORT' });
    expect(getFieldReasons({ errors: [{ extensions }] })).toEqual({
      newPassword: 'PASSWORD_TOO_SHORT',
    });
  });
});

describe('getRetryAfterSeconds', () => {
  it('reads extensions.retryAfterSeconds of RATE_LIMITED, rounded up', () => {
    const error = graphQLErrors({
      message: 'slow down',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 89.2 },
    });
    expect(getRetryAfterSeconds(error)).toBe(90);
  });

  it.each([
    [{ code: 'RATE_LIMITED' }],
    [{ code: 'RATE_LIMITED', retryAfterSeconds: 'soon' }],
    [{ code: 'RATE_LIMITED', retryAfterSeconds: -1 }],
    [{ code: 'FORBIDDEN', retryAfterSeconds: 60 }],
  ])('is undefined for %j', (extensions) => {
    expect(getRetryAfterSeconds(graphQLErrors({ message: 'x', extensions }))).toBeUndefined();
  });
});

describe('isConsentRequired', () => {
  it('is true for FORBIDDEN with reason CONSENT_REQUIRED', () => {
    const extensions = { code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' };
    expect(isConsentRequired(graphQLErrors({ message: 'accept first', extensions }))).toBe(true);
    expect(isConsentRequired({ errors: [{ message: 'accept first', extensions }] })).toBe(true);
    expect(isConsentRequired(new CombinedProtocolErrors([{ message: 'x', extensions }]))).toBe(
      true,
    );
  });

  it.each([
    [{ code: 'FORBIDDEN' }],
    [{ code: 'FORBIDDEN', reason: 'SOMETHING_ELSE' }],
    [{ code: 'UNAUTHENTICATED', reason: 'CONSENT_REQUIRED' }],
  ])('is false for %j', (extensions) => {
    expect(isConsentRequired(graphQLErrors({ message: 'x', extensions }))).toBe(false);
  });
});
