import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import postgres from 'postgres';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { startApp, type App, type AppOptions } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import type { Db } from '../db/client.js';
import { createUserWithPassword } from '../modules/identity/service.js';
import type { ApiKeyScope } from '../modules/api-keys/schema.js';
import type { Role } from '../modules/identity/schema.js';
import { createLogger } from '../platform/logger.js';
import { testEnv } from './env.js';
import { withDatabase } from './global-setup.js';

export const uniqueId = () => randomBytes(5).toString('hex');

/**
 * Settings that give the calling test file a database and a Redis namespace of its own:
 * a copy of the migrated template on PostgreSQL, or an in-memory PGlite. Call `drop`
 * in afterAll.
 */
export async function isolatedEnv(): Promise<{
  env: Record<string, string>;
  drop(): Promise<void>;
}> {
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
    REDIS_PREFIX: `plannivo-test:${uniqueId()}:`,
    // Files (and the mail outbox folder) of this test only.
    FILES_DIR: await mkdtemp(path.join(tmpdir(), 'plannivo-files-')),
  };
  if (testEnv.redisUrl) env.REDIS_URL = testEnv.redisUrl;
  const dropRedisKeys = async () => {
    await rm(env.FILES_DIR!, { recursive: true, force: true });
    if (testEnv.redisUrl) await deleteRedisKeys(testEnv.redisUrl, env.REDIS_PREFIX!);
  };
  const template = inject('pgTemplate');
  if (!testEnv.databaseUrl || !template) {
    env.PGLITE_DIR = 'memory://';
    return { env, drop: dropRedisKeys };
  }
  const name = `plannivo_t_${uniqueId()}`;
  const admin = postgres(testEnv.databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  env.DATABASE_URL = withDatabase(testEnv.databaseUrl, name);
  return {
    env,
    async drop() {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      await dropRedisKeys();
    },
  };
}

/** Deletes every key under a test's prefix (queues, limits, caches). */
async function deleteRedisKeys(url: string, prefix: string) {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface TestApp {
  app: App;
  config: Config;
  url: string;
  wsUrl: string;
  db: Db;
  /** POSTs a GraphQL operation; returns the parsed body and the response. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<GqlResult<T>>;
  /** Creates a user with a password and signs them in; returns the session token. */
  signIn(role: Role, overrides?: { email?: string; password?: string }): Promise<SignedIn>;
  /** Creates an API key with `scopes` (as a fresh admin); returns its secret. */
  apiKey(scopes: ApiKeyScope[], expiresAt?: Date): Promise<string>;
  /** A graphql-ws client authenticated with `token` (or anonymous). */
  ws(token?: string): Client;
  stop(): Promise<void>;
}

export interface GqlResult<T> {
  status: number;
  headers: Headers;
  data: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions: Record<string, unknown> & { code: string };
  }>;
}

export interface SignedIn {
  token: string;
  userId: string;
  email: string;
  password: string;
}

/** Starts the real API on a random port with an isolated database. */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    now?: () => Date;
    rateLimits?: AppOptions['rateLimits'];
    log?: AppOptions['log'];
    onQuery?: AppOptions['onQuery'];
  } = {},
): Promise<TestApp> {
  const isolated = await isolatedEnv();
  const config = loadConfig({ ...isolated.env, ...options.env });
  const app = await startApp(config, {
    log: options.log ?? createLogger(config),
    now: options.now,
    rateLimits: options.rateLimits,
    onQuery: options.onQuery,
  });
  const url = app.url;
  const clients: Client[] = [];

  const gql: TestApp['gql'] = async (query, variables, auth = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GqlResult<never>, 'status' | 'headers'>;
    return { status: res.status, headers: res.headers, ...body } as GqlResult<never>;
  };

  const testApp: TestApp = {
    app,
    config,
    url,
    wsUrl: `${url.replace('http', 'ws')}/graphql`,
    db: app.deps.db,
    gql,
    async signIn(role, overrides = {}) {
      const email = overrides.email ?? `${role.toLowerCase()}-${uniqueId()}@test.plannivo.test`;
      const password = overrides.password ?? 'a sturdy test passphrase';
      const user = await createUserWithPassword(app.deps.db, {
        email,
        password,
        role,
        name: `Test ${role}`,
      });
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
      return { token: res.data.login.token, userId: user.id, email, password };
    },
    async apiKey(scopes, expiresAt) {
      const admin = await testApp.signIn('ADMIN');
      const res = await gql<{ createApiKey: { secret: string } }>(
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
        { i: { name: `test ${scopes.join('+')}`, scopes, expiresAt: expiresAt?.toISOString() } },
        { token: admin.token },
      );
      if (!res.data) throw new Error(`API key creation failed: ${JSON.stringify(res.errors)}`);
      return res.data.createApiKey.secret;
    },
    ws(token) {
      const client = createClient({
        url: `${url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      clients.push(client);
      return client;
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await app.stop();
      await isolated.drop();
    },
  };
  return testApp;
}

/** The next value of a subscription, or a rejection with its errors. */
export function nextEvent<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): { value: Promise<T>; cancel(): void } {
  let cancel = () => {};
  const value = new Promise<T>((resolve, reject) => {
    cancel = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length)
            reject(Object.assign(new Error('subscription error'), { errors: result.errors }));
          else resolve(result.data as T);
        },
        error: (error) => reject(Object.assign(new Error('subscription error'), { errors: error })),
        complete: () => reject(new Error('subscription completed without a value')),
      },
    );
  });
  return { value, cancel: () => cancel() };
}

/**
 * Runs `trigger` until `event` settles. graphql-ws does not acknowledge a subscription, and
 * a Redis SUBSCRIBE completes asynchronously, so the first trigger may come too early.
 */
export async function triggerUntil<T>(
  event: Promise<T>,
  trigger: () => Promise<unknown>,
  { attempts = 20, intervalMs = 250 } = {},
): Promise<T> {
  let settled = false;
  const watched = event.finally(() => {
    settled = true;
  });
  for (let i = 0; i < attempts && !settled; i += 1) {
    await trigger();
    await Promise.race([watched.catch(() => {}), new Promise((r) => setTimeout(r, intervalMs))]);
  }
  return watched;
}

/** The .eml files the API wrote to its outbox folder (no SMTP in tests), oldest first. */
export async function outboxFiles(config: Config): Promise<string[]> {
  const dir = path.join(config.filesDir, 'outbox');
  const names = await readdir(dir).catch(() => [] as string[]);
  return Promise.all(names.sort().map((name) => readFile(path.join(dir, name), 'utf8')));
}
