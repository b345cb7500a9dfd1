import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { isDriverTypeLookupError } from './db/driver-errors.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo.js';
import { StartupError } from './startup-error.js';

/** One clear line for a setting that stops start-up; no stack trace. */
function fail(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`Plannivo cannot start: invalid setting ${error.message}\n`);
  } else if (error instanceof StartupError) {
    process.stderr.write(`Plannivo cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`Plannivo cannot start: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  process.exit(1);
}

function banner(config: Config, port: number) {
  const base = config.publicUrl.includes(`:${config.port}`)
    ? config.publicUrl.replace(`:${config.port}`, `:${port}`)
    : config.publicUrl;
  const lines = [
    '',
    `  Plannivo is running (${config.database.kind === 'pglite' ? 'embedded database' : 'PostgreSQL'}${config.redis ? ' + Redis' : ''})`,
    '',
    `  Staff app      ${base}/admin/`,
    `  Student portal ${base}/portal/`,
    `  GraphQL        ${base}/graphql`,
    `  Health         ${base}/healthz  ${base}/readyz  ${base}/metrics`,
  ];
  if (config.demoSeed) {
    lines.push('', `  Demo accounts (password: ${DEMO_PASSWORD})`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.role.padEnd(11)} ${a.email}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error);
  }
  const app = await startApp(config).catch(fail);
  if (!config.isProduction) banner(config, app.port);
  app.log.info({ port: app.port }, 'ready');

  let signals = 0;
  const stop = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) process.exit(1);
    app.log.info({ signal }, 'shutting down');
    // Never hang: past the drain budget, exit anyway.
    setTimeout(() => process.exit(1), config.shutdownTimeoutMs + 5000).unref();
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // A database outage must not kill the process through the driver's dropped promise (see
  // isDriverTypeLookupError); any other unhandled rejection still ends it, as Node's default.
  process.on('unhandledRejection', (reason) => {
    if (isDriverTypeLookupError(reason)) {
      app.log.warn(
        { err: reason },
        'database driver could not read array types on a new connection',
      );
      return;
    }
    throw reason;
  });
}

void main();
