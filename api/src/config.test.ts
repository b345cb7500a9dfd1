import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, REPO_ROOT, SETTING_NAMES } from './config.js';

const settingOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return { setting: (error as ConfigError).setting, message: (error as ConfigError).message };
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('runs with no settings at all: embedded database, in-process adapters, port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({
      kind: 'pglite',
      dataDir: path.join(REPO_ROOT, '.data/pglite'),
    });
    expect(config.redis).toBeNull();
    expect(config.demoSeed).toBe(true);
    expect(config.publicUrl).toBe('http://localhost:4000');
    expect(config.web.adminDir).toBe(path.join(REPO_ROOT, 'admin-web', 'dist'));
  });

  it('switches to PostgreSQL and Redis when their URLs are set, and never seeds the demo there', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
    });
    expect(config.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'plannivo:' });
    expect(config.demoSeed).toBe(false);
  });

  it('keeps memory:// as is and treats empty values as unset', () => {
    const config = loadConfig({ PGLITE_DIR: 'memory://', DATABASE_URL: '', REDIS_URL: '' });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: 'memory://' });
    expect(config.redis).toBeNull();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@localhost/x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SHUTDOWN_TIMEOUT_MS: '-1' }, 'SHUTDOWN_TIMEOUT_MS'],
  ])('names the invalid setting in %o', (env, setting) => {
    expect(settingOf(env).setting).toBe(setting);
  });

  it('limits sign-ins to 100 per address and 50 per email unless told otherwise, never below 10', () => {
    expect(loadConfig({}).loginLimits).toEqual({ perIp: 100, perEmail: 50 });
    expect(loadConfig({ LOGIN_LIMIT_PER_IP: '2000' }).loginLimits.perIp).toBe(2000);
    expect(() => loadConfig({ LOGIN_LIMIT_PER_EMAIL: '3' })).toThrow(/^LOGIN_LIMIT_PER_EMAIL: /);
  });

  it('never echoes a value back, since URLs may hold passwords', () => {
    const { message } = settingOf({ DATABASE_URL: 'mysql://root:s3cret@db/x' });
    expect(message).not.toContain('s3cret');
    expect(message).toMatch(/^DATABASE_URL: expected a URL such as postgres:\/\//);
  });

  it('.env.example documents exactly the settings the API reads', () => {
    const example = readFileSync(path.join(REPO_ROOT, '.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual(SETTING_NAMES.filter((n) => n !== 'ENV_FILE').sort());
  });
});
