import type { ApiKeyPrincipal, Viewer } from './auth/viewer.js';
import type { Config } from './config.js';
import type { Db, DbOrTx } from './db/client.js';
import type { Platform } from './platform/index.js';
import type { Logger } from './platform/logger.js';
import type { RateLimiter } from './platform/ratelimit.js';

/** What lives as long as the app: built once in app.ts. */
export interface AppDeps {
  config: Config;
  db: Db;
  platform: Platform;
  log: Logger;
  limits: {
    /** One person guessing from one place. */
    loginByEmailAndIp: RateLimiter;
    /** One place guessing many accounts. */
    loginByIp: RateLimiter;
    /** Many places guessing one account; high, so it slows a botnet without locking the owner out for long. */
    loginByEmail: RateLimiter;
    /** Password reset requests per email (and loginByIp per address): the outbox is no spam cannon. */
    passwordReset: RateLimiter;
    /** Requests per API key: a partner's runaway loop must not starve the school's own staff. */
    apiKey: RateLimiter;
  };
}

/** What every service function receives. Time comes from `now()` so tests control it. */
export interface ServiceContext {
  deps: AppDeps;
  db: DbOrTx;
  viewer: Viewer | null;
  /** Set instead of `viewer` when a partner calls with an API key. */
  apiKey: ApiKeyPrincipal | null;
  requestId: string;
  /** The client's address (behind TRUST_PROXY proxies), when known. */
  ip: string | null;
  log: Logger;
  now(): Date;
}

/** Transport details of an HTTP request; absent over WebSocket. */
export interface HttpTransport {
  ip: string | null;
  userAgent: string | null;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}
