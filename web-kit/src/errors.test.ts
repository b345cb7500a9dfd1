import {
  CombinedGraphQLErrors,
  CombinedProtocolErrors,
  ServerError,
  ServerParseError,
} from '@apollo/client/errors';
import { ERROR_CODES } from '@plannivo/schema/errors';
import { describe, expect, it } from 'vitest';
import { errorMessageKeys, getErrorCode, isNetworkError } from './errors';

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
