/**
 * The API as the bench runs it, in a process of its own (so the load generator does not share
 * its event loop): `startApp` with a statement counter and, when asked, without the
 * permission layer. Started by server.ts; speaks over the IPC channel.
 *
 *   node --import tsx bench/lib/api-server.ts <database url> permissions|no-permissions
 */
import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp } from '../../api/src/app.js';
import { loadConfig } from '../../api/src/config.js';

export type ServerMessage =
  | { type: 'ready'; url: string }
  /** SQL statements run so far, and the process's CPU time (user + system) in µs. */
  | { type: 'counters'; statements: number; cpuMicros: number };
export type ParentMessage = { type: 'counters' } | { type: 'stop' };

const [databaseUrl, mode] = process.argv.slice(2);
if (!databaseUrl || (mode !== 'permissions' && mode !== 'no-permissions')) {
  console.error('usage: api-server.ts <database url> permissions|no-permissions');
  process.exit(2);
}

const filesDir = await mkdtemp(path.join(tmpdir(), 'plannivo-bench-files-'));
let statements = 0;
const app = await startApp(
  loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'error',
    DEMO_SEED: 'off',
    FILES_DIR: filesDir,
  }),
  {
    onQuery: () => {
      statements += 1;
    },
    permissions: mode === 'permissions',
  },
);

const send = (message: ServerMessage) => process.send?.(message);
process.on('message', (message: ParentMessage) => {
  if (message.type === 'counters') {
    const cpu = process.cpuUsage();
    send({ type: 'counters', statements, cpuMicros: cpu.user + cpu.system });
  }
  if (message.type === 'stop') {
    void app
      .stop()
      .then(() => rm(filesDir, { recursive: true, force: true }))
      .finally(() => process.exit(0));
  }
});
// The parent went away (Ctrl-C, a crash): stop too.
process.on('disconnect', () => {
  void app.stop().finally(() => process.exit(0));
});
send({ type: 'ready', url: app.url });
