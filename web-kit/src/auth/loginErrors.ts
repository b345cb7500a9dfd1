import { errorMessageKeys, getErrorCode } from '../errors';

/**
 * What the sign-in form says for a failed attempt, by `extensions.code` only: wrong
 * credentials get their own message; rate limits and network trouble their generic ones;
 * anything else a generic failure.
 */
export function loginErrorMessage(error: unknown) {
  const code = getErrorCode(error);
  switch (code) {
    case 'UNAUTHENTICATED':
      return { ns: 'auth', key: 'login.invalidCredentials' } as const;
    case 'RATE_LIMITED':
    case 'NETWORK_ERROR':
      return { ns: 'common', key: errorMessageKeys[code] } as const;
    default:
      return { ns: 'common', key: errorMessageKeys.INTERNAL_SERVER_ERROR } as const;
  }
}
