/**
 * The one place tests read the process environment: whether this run targets the
 * machine's PostgreSQL and Redis (DATABASE_URL, REDIS_URL) or the embedded defaults.
 */
export const testEnv = {
  databaseUrl: process.env.DATABASE_URL || null,
  redisUrl: process.env.REDIS_URL || null,
  /** The environment children inherit (PATH, HOME), without our settings. */
  base(): Record<string, string> {
    const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ', 'SYSTEMROOT'];
    return Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]!]));
  },
};

export const servicesMode = () => testEnv.databaseUrl !== null && testEnv.redisUrl !== null;
