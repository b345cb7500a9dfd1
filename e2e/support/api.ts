import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(repoRoot, 'api/dist/main.js');

const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ApiServer {
  readonly url: string;
  readonly port: number;
  /**
   * The API's FILES_DIR, a fresh temporary folder: with SMTP_URL unset, every mail it sends
   * lands in `<filesDir>/outbox/` as an .eml file (see support/mail.ts).
   */
  readonly filesDir: string;
  /** SIGTERM to the server's whole process group, then wait for it to exit. */
  stop(): Promise<void>;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export function assertBuilt(): void {
  const missing = [
    entry,
    path.join(repoRoot, 'admin-web/dist/index.html'),
    path.join(repoRoot, 'portal-web/dist/index.html'),
  ].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Build first (npm run build at the repository root). Missing:\n  ${missing.join('\n  ')}`,
    );
  }
}

async function waitForReady(url: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `API exited (${child.exitCode ?? child.signalCode}) before ready:\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`API not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts the built API (`node api/dist/main.js`, never npx: npx does not pass signals on) on
 * an empty in-memory database, which it migrates and seeds with the demo school, in its own
 * process group so stopping it stops everything it started. Mails go to a temporary outbox
 * folder (removed on stop), and their links point at this server.
 */
export async function startApi(port: number): Promise<ApiServer> {
  const url = `http://127.0.0.1:${port}`;
  const filesDir = mkdtempSync(path.join(tmpdir(), 'plannivo-e2e-files-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: url,
    PGLITE_DIR: 'memory://',
    FILES_DIR: filesDir,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    // Every test signs in from this one address, several times each: the production limits
    // (100 per address per 15 minutes) would refuse the later files.
    LOGIN_LIMIT_PER_IP: '100000',
    LOGIN_LIMIT_PER_EMAIL: '100000',
  };
  // Embedded mode whatever the shell says: the demo seed only runs there. No real mail.
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.SMTP_URL;

  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const removeFiles = () => rmSync(filesDir, { recursive: true, force: true });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      removeFiles();
      return;
    }
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      removeFiles();
      return; // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
    removeFiles();
  };

  try {
    await waitForReady(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, filesDir, stop };
}
