import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { servicesMode } from './test/env.js';
import { isolatedEnv, nextEvent, triggerUntil } from './test/harness.js';
import { freePort, spawnApi, waitForOk, type ApiProcess } from './test/process.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { createUserWithPassword } from './modules/identity/service.js';
import { locationsTable } from './modules/locations/schema.js';

/** Runs the API with one bad setting; returns what it printed and how it ended. */
async function failedStart(env: Record<string, string>) {
  const proc = spawnApi({ PGLITE_DIR: 'memory://', LOG_LEVEL: 'silent', ...env });
  const code = await proc.exited;
  return { code, stderr: proc.stderr(), stdout: proc.stdout() };
}

const expectOneClearLine = (stderr: string, setting: string) => {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^Plannivo cannot start: (invalid setting )?${setting}: `));
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe('a bad setting stops start-up with one clear line naming it', () => {
  it('an unparseable DATABASE_URL', async () => {
    const result = await failedStart({ DATABASE_URL: 'postgres//no-colon' });
    expect(result.code).toBe(1);
    expectOneClearLine(result.stderr, 'DATABASE_URL');
  });

  it('a PORT already in use', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await failedStart({ PORT: String(port), HOST: '127.0.0.1' });
      expect(result.code).toBe(1);
      expectOneClearLine(result.stderr, 'PORT');
      expect(result.stderr).toContain(String(port));
    } finally {
      blocker.close();
    }
  });

  it('an unreachable Redis', async () => {
    const result = await failedStart({
      REDIS_URL: `redis://127.0.0.1:${await freePort()}`,
      PORT: '0',
    });
    expect(result.code).toBe(1);
    expectOneClearLine(result.stderr, 'REDIS_URL');
    expect(result.stderr).toContain('ECONNREFUSED');
  });

  it('an unreachable database, without printing its password', async () => {
    const result = await failedStart({
      DATABASE_URL: `postgres://postgres:hunter2@127.0.0.1:${await freePort()}/plannivo`,
      PORT: '0',
    });
    expect(result.code).toBe(1);
    expectOneClearLine(result.stderr, 'DATABASE_URL');
    expect(result.stderr).not.toContain('hunter2');
  });
});

describe('graceful shutdown', () => {
  let proc: ApiProcess;
  afterAll(() => proc?.signal('SIGKILL'));

  it('on SIGTERM closes sockets with 1001, stops accepting and exits 0', async () => {
    const { env, drop } = await isolatedEnv();
    const port = await freePort();
    proc = spawnApi({ ...env, PORT: String(port), SHUTDOWN_TIMEOUT_MS: '5000' });
    try {
      await waitForOk(`http://127.0.0.1:${port}/readyz`, proc);
      const closed = new Promise<number>((resolve) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
        socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
        socket.on('message', () => proc.signal('SIGTERM'));
        socket.on('close', (code) => resolve(code));
      });
      expect(await closed).toBe(1001);
      expect(await proc.exited).toBe(0);
      const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => false,
        () => true,
      );
      expect(refused).toBe(true);
    } finally {
      await drop();
    }
  });
});

describe.skipIf(!servicesMode())('two API processes sharing PostgreSQL and Redis', () => {
  const procs: ApiProcess[] = [];
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const isolated = await isolatedEnv();
    drop = isolated.drop;
    const database = await openDatabase(loadConfig({ DATABASE_URL: isolated.env.DATABASE_URL }));
    await createUserWithPassword(database.db, {
      email: 'ops@two.plannivo.test',
      name: 'Ops',
      role: 'ADMIN',
      password: 'two replicas one truth',
    });
    await database.db
      .insert(locationsTable)
      .values({ name: 'Tarifa Kite & Wing', timezone: 'Europe/Madrid', currency: 'EUR' });
    await database.close();
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      const proc = spawnApi({ ...isolated.env, PORT: String(port) });
      procs.push(proc);
      await waitForOk(`http://127.0.0.1:${port}/readyz`, proc);
      (proc as ApiProcess & { port: number }).port = port;
    }
  }, 120_000);
  afterAll(async () => {
    for (const proc of procs) proc.signal('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    await drop();
  });

  it('a subscriber on one receives the event a mutation published on the other', async () => {
    const [a, b] = procs.map(
      (p) => `http://127.0.0.1:${(p as ApiProcess & { port: number }).port}`,
    ) as [string, string];
    expect(a).not.toBe(b);
    const post = async (base: string, query: string, variables: object, token?: string) => {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- ad-hoc operations, checked by the assertions
      return (await res.json()) as { data: any; errors?: unknown };
    };
    const login = await post(
      a,
      'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }',
      {
        e: 'ops@two.plannivo.test',
        p: 'two replicas one truth',
      },
    );
    const token: string = login.data.login.token;
    const [location] = (await post(b, '{ locations { id } }', {}, token)).data.locations;

    const client = createClient({
      url: `${a.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const event = nextEvent<{ locationChanged: { id: string; name: string } }>(
      client,
      'subscription { locationChanged { id name } }',
    );
    let n = 0;
    const received = await triggerUntil(event.value, () =>
      post(
        b,
        'mutation($id:ID!,$n:String!){ updateLocation(id:$id, input:{ name:$n }){ id } }',
        { id: location.id, n: `Tarifa ${++n}` },
        token,
      ),
    );
    expect(received.locationChanged).toEqual({
      id: location.id,
      name: expect.stringMatching(/^Tarifa \d+$/),
    });
    await client.dispose();
  });
});
