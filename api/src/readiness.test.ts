import { describe, expect, it } from 'vitest';
import { testEnv } from './test/env.js';
import { isolatedEnv, startTestApp } from './test/harness.js';
import { TcpProxy } from './test/tcp-proxy.js';
import { eventually } from './test/wait.js';

const readyz = async (url: string) => {
  const res = await fetch(`${url}/readyz`);
  return {
    status: res.status,
    body: (await res.json()) as { status: string; checks: Record<string, string> },
  };
};

/** Polls /readyz until it answers `want` or time runs out; returns the last status. */
async function pollStatus(url: string, want: number, timeoutMs: number) {
  let status = 0;
  await eventually(async () => (status = (await readyz(url)).status) === want, {
    timeoutMs,
    intervalMs: 250,
  });
  return status;
}

describe('/readyz', () => {
  it.skipIf(testEnv.databaseUrl !== null)(
    'fails while the embedded database is closed',
    async () => {
      const t = await startTestApp();
      try {
        expect((await readyz(t.url)).status).toBe(200);
        await t.app.database.close();
        const down = await readyz(t.url);
        expect(down.status).toBe(503);
        expect(down.body.checks.database).toMatch(/^failing: /);
        expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
      } finally {
        await t.stop();
      }
    },
  );

  it.skipIf(testEnv.databaseUrl === null)(
    'fails while PostgreSQL is unreachable and recovers when it is back',
    async () => {
      const { env, drop } = await isolatedEnv();
      const target = new URL(env.DATABASE_URL!);
      const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
      const port = await proxy.start();
      target.host = `127.0.0.1:${port}`;
      const t = await startTestApp({ env: { ...env, DATABASE_URL: target.toString() } });
      try {
        expect((await readyz(t.url)).status).toBe(200);
        await proxy.cut();
        const down = await readyz(t.url);
        expect(down.status).toBe(503);
        expect(down.body.checks.database).toMatch(/^failing: /);
        expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
        await proxy.restore();
        expect(await pollStatus(t.url, 200, 10_000)).toBe(200);
      } finally {
        await t.stop();
        await proxy.cut();
        await drop();
      }
    },
  );

  it.skipIf(testEnv.redisUrl === null)(
    'fails while Redis is unreachable and recovers when it is back',
    async () => {
      const target = new URL(testEnv.redisUrl!);
      const proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
      const port = await proxy.start();
      target.host = `127.0.0.1:${port}`;
      const t = await startTestApp({ env: { REDIS_URL: target.toString() } });
      try {
        expect((await readyz(t.url)).status).toBe(200);
        await proxy.cut();
        const down = await readyz(t.url);
        expect(down.status).toBe(503);
        expect(down.body.checks.redis).toMatch(/^failing: /);
        await proxy.restore();
        expect(await pollStatus(t.url, 200, 15_000)).toBe(200);
      } finally {
        await t.stop();
        await proxy.cut();
      }
    },
  );
});
