/** Pure helpers for the graphql-ws connection, kept apart from the client so tests need no socket. */

/** `ws(s)://<host>/graphql` on the page's own origin: the session cookie rides along. */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
const JITTER_MS = 500;

/**
 * Exponential backoff capped at 10 s, plus jitter so a restarted API is not hit by every
 * browser at once. `retries` counts failed attempts since the last successful connection.
 */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, retries));
  return exponential + Math.floor(random() * JITTER_MS);
}

/** Close code the client uses to reconnect with fresh cookies after login or logout. */
export const CLIENT_RESTART_CLOSE_CODE = 4205;

/**
 * Whether a socket close means the API could not be reached (as opposed to the API
 * answering, e.g. closing with 44xx because it refused the connection). 1000 is a normal
 * close; 4499 is graphql-ws terminating a socket that stopped answering pings.
 */
export function isUnreachableClose(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  if (typeof code !== 'number') return true;
  if (code === 1000 || code === CLIENT_RESTART_CLOSE_CODE) return false;
  if (code === 4499) return true;
  return code < 4000;
}
