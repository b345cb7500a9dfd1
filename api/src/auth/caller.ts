import type { AppDeps } from '../context.js';
import { isApiKeyToken, resolveApiKey } from '../modules/api-keys/service.js';
import { resolveViewer } from '../modules/identity/service.js';
import type { ApiKeyPrincipal, Viewer } from './viewer.js';

/** Who a request comes from: a signed-in user, a partner's API key, or nobody. */
export interface Caller {
  viewer: Viewer | null;
  apiKey: ApiKeyPrincipal | null;
}

export const ANONYMOUS: Caller = { viewer: null, apiKey: null };

/**
 * The caller a Bearer token or session cookie stands for. API keys carry their own prefix;
 * each request with one spends a point of the key's rate limit (RATE_LIMITED when spent).
 * An unknown, expired or revoked token is anonymous.
 */
export async function resolveCaller(
  deps: Pick<AppDeps, 'db' | 'limits'>,
  token: string | null,
  now: Date,
): Promise<Caller> {
  if (!token) return ANONYMOUS;
  if (isApiKeyToken(token)) {
    const apiKey = await resolveApiKey(deps.db, token, now);
    if (apiKey) await deps.limits.apiKey.consume(apiKey.apiKeyId);
    return { viewer: null, apiKey };
  }
  return { viewer: await resolveViewer(deps.db, token, now), apiKey: null };
}
