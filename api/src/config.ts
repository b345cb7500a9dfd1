/**
 * The one place that reads the environment. Every setting is parsed and validated here once;
 * the rest of the code receives a typed, frozen `Config`. See `.env.example` for the meaning
 * and default of each setting.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: api/src (tsx, tests) and api/dist (built) both sit two levels below. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const urlWithProtocols = (protocols: string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `expected a URL such as ${example}` },
  );

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: 'expected a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const envSchema = z.object({
  ENV_FILE: z.string().default('.env'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: integer(0, 65535).default(4000),
  PUBLIC_URL: optional(urlWithProtocols(['http:', 'https:'], 'https://plannivo.example.com')),
  DATABASE_URL: optional(
    urlWithProtocols(['postgres:', 'postgresql:'], 'postgres://user:pass@host:5432/db'),
  ),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  REDIS_URL: optional(urlWithProtocols(['redis:', 'rediss:'], 'redis://127.0.0.1:6379')),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, { message: 'letters, digits, ":", "_" and "-" only' })
    .default('plannivo:'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  TRUST_PROXY: integer(0, 10).default(0),
  LOGIN_LIMIT_PER_IP: integer(10, 1_000_000).default(100),
  LOGIN_LIMIT_PER_EMAIL: integer(10, 1_000_000).default(50),
  FILES_DIR: z.string().min(1).default('.data/files'),
  SMTP_URL: optional(
    urlWithProtocols(['smtp:', 'smtps:'], 'smtp://user:pass@mail.example.com:587'),
  ),
  MAIL_FROM: z.string().min(3).default('Plannivo <no-reply@plannivo.local>'),
  SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  DEMO_SEED: z.enum(['auto', 'off']).default('auto'),
  WAITLIST_HOLD_MINUTES: integer(1, 10_080).default(120),
  WEB_DIST_DIR: z.string().min(1).default('.'),
});

/** Every setting the API reads, as written in .env.example. */
export const SETTING_NAMES = Object.keys(envSchema.shape);

export type Config = Readonly<{
  nodeEnv: 'development' | 'test' | 'production';
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  redis: { url: string; prefix: string } | null;
  logLevel: (typeof LOG_LEVELS)[number];
  trustProxy: number;
  /** Sign-in attempts one address may make per 15 minutes, and one email per hour. */
  loginLimits: { perIp: number; perEmail: number };
  filesDir: string;
  smtpUrl: string | null;
  mailFrom: string;
  shutdownTimeoutMs: number;
  /** Seed the demo school into an empty embedded database at start-up. */
  demoSeed: boolean;
  /** How long a place offered to the first person on a waiting list is held for them. */
  waitlistHoldMinutes: number;
  web: { adminDir: string; portalDir: string };
}>;

/** A setting that is missing, malformed or unusable; `setting` names the variable. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

const resolveFromRoot = (p: string) => (path.isAbsolute(p) ? p : path.resolve(REPO_ROOT, p));

/**
 * Parses the environment into a Config. Throws a ConfigError naming the first invalid
 * setting; values are never echoed back, since URLs may carry passwords.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv | Record<string, string | undefined> = readEnvironment(),
): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const setting = String(issue.path[0] ?? 'environment');
    throw new ConfigError(setting, issue.message);
  }
  const e = result.data;
  const pgliteDir = e.PGLITE_DIR.startsWith('memory://')
    ? e.PGLITE_DIR
    : resolveFromRoot(e.PGLITE_DIR);
  const webRoot = resolveFromRoot(e.WEB_DIST_DIR);
  return Object.freeze({
    nodeEnv: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    database: e.DATABASE_URL
      ? { kind: 'postgres' as const, url: e.DATABASE_URL }
      : { kind: 'pglite' as const, dataDir: pgliteDir },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX } : null,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    loginLimits: { perIp: e.LOGIN_LIMIT_PER_IP, perEmail: e.LOGIN_LIMIT_PER_EMAIL },
    filesDir: resolveFromRoot(e.FILES_DIR),
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    demoSeed: e.DEMO_SEED === 'auto' && !e.DATABASE_URL,
    waitlistHoldMinutes: e.WAITLIST_HOLD_MINUTES,
    web: {
      adminDir: path.join(webRoot, 'admin-web', 'dist'),
      portalDir: path.join(webRoot, 'portal-web', 'dist'),
    },
  });
}

/**
 * The process environment over the settings of a dotenv file (ENV_FILE, default `.env` at the
 * repository root; `none` to skip). Variables already set win over the file.
 */
export function readEnvironment(): Record<string, string | undefined> {
  const name = process.env.ENV_FILE ?? '.env';
  const file = name === 'none' ? null : resolveFromRoot(name);
  const fromFile = file && existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...process.env };
}

/** A URL safe to print: the password, if any, is replaced. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
