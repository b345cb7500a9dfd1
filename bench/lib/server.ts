import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParentMessage, ServerMessage } from './api-server.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface BenchServer {
  url: string;
  /** SQL statements the server has run so far (through drizzle), and its CPU time in ms. */
  counters(): Promise<{ statements: number; cpuMs: number }>;
  stop(): Promise<void>;
}

/**
 * Starts the real API (api-server.ts) in a child process on a free port against
 * `databaseUrl`; `permissions: false` serves it without graphql-shield.
 */
export async function startServer(options: {
  databaseUrl: string;
  permissions: boolean;
  /** Write a V8 CPU profile of the server here when it stops (`--cpu-prof`). */
  profileDir?: string;
}): Promise<BenchServer> {
  const child: ChildProcess = fork(
    path.join(HERE, 'api-server.ts'),
    [options.databaseUrl, options.permissions ? 'permissions' : 'no-permissions'],
    {
      execArgv: [
        '--import',
        'tsx',
        ...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []),
      ],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        // type-graphql needs legacy decorators: tsx applies them to the API's own files.
        TSX_TSCONFIG_PATH: path.join(HERE, '..', '..', 'api', 'tsconfig.json'),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const messages: ServerMessage[] = [];
  const waiting: Array<{ resolve(m: ServerMessage): void; reject(e: Error): void }> = [];
  let gone: Error | null = null;
  child.on('message', (m: ServerMessage) => {
    const next = waiting.shift();
    if (next) next.resolve(m);
    else messages.push(m);
  });
  child.on('exit', (code) => {
    gone = new Error(`the API server exited (code ${code})`);
    for (const w of waiting.splice(0)) w.reject(gone);
  });
  const receive = () =>
    new Promise<ServerMessage>((resolve, reject) => {
      const queued = messages.shift();
      if (queued) return resolve(queued);
      if (gone) return reject(gone);
      waiting.push({ resolve, reject });
    });
  const send = (m: ParentMessage) => child.send(m);

  const ready = await receive();
  if (ready.type !== 'ready') throw new Error('API server did not start');
  return {
    url: ready.url,
    async counters() {
      send({ type: 'counters' });
      const m = await receive();
      if (m.type !== 'counters') throw new Error('unexpected message from the API server');
      return { statements: m.statements, cpuMs: m.cpuMicros / 1000 };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      send({ type: 'stop' });
      await exited;
    },
  };
}
