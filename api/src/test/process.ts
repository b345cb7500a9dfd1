import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testEnv } from './env.js';
import { eventually } from './wait.js';

const API_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ApiProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
  /** Sends a signal to the process group (the API and anything it started). */
  signal(name: NodeJS.Signals): void;
}

/** Runs `src/main.ts` as a real process, with only the given settings in its environment. */
export function spawnApi(env: Record<string, string>): ApiProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: { ...testEnv.base(), ENV_FILE: 'none', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    signal: (name) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // already gone
      }
    },
  };
}

/** Runs a script under src/ to completion with `args`; returns its exit code and output. */
export async function spawnScript(
  script: string,
  env: Record<string, string>,
  args: readonly string[] = [],
) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: API_DIR,
    env: { ...testEnv.base(), ENV_FILE: 'none', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

/** Polls `url` until it answers 200; fails early when the process exits. */
export async function waitForOk(url: string, proc?: ApiProcess, timeoutMs = 60_000): Promise<void> {
  let gone = false;
  void proc?.exited.then(() => (gone = true));
  const ok = await eventually(
    async () => {
      if (gone) throw new Error(`process exited early: ${proc?.stderr()}`);
      return fetch(url).then(
        (r) => r.ok,
        () => false,
      );
    },
    { timeoutMs, intervalMs: 200 },
  );
  if (!ok) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
