import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { testEnv } from '../test/env.js';
import { uniqueId } from '../test/harness.js';
import { createMemoryCache, createRedisCache, type Cache } from './cache.js';

const redis = testEnv.redisUrl ? new Redis(testEnv.redisUrl) : null;
const prefix = `plannivo-test:${uniqueId()}:`;
afterAll(async () => {
  if (!redis) return;
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

// The cache of this run's mode: Redis when REDIS_URL is set, memory otherwise.
const cache: Cache = redis ? createRedisCache(redis, prefix) : createMemoryCache();

describe(`cache (${redis ? 'Redis' : 'memory'})`, () => {
  it('returns what was set, as plain data, until it is deleted', async () => {
    await cache.set('location:1', { name: 'Akyaka', hours: [9, 19] }, 60_000);
    expect(await cache.get('location:1')).toEqual({ name: 'Akyaka', hours: [9, 19] });
    await cache.delete('location:1');
    expect(await cache.get('location:1')).toBeUndefined();
  });

  it('forgets a value once its time is up', async () => {
    await cache.set('short', 'lived', 50);
    expect(await cache.get('short')).toBe('lived');
    await new Promise((r) => setTimeout(r, 120));
    expect(await cache.get('short')).toBeUndefined();
  });

  it('keeps keys apart', async () => {
    await cache.set('a', 1, 60_000);
    await cache.set('b', 2, 60_000);
    expect([await cache.get('a'), await cache.get('b'), await cache.get('c')]).toEqual([
      1,
      2,
      undefined,
    ]);
  });
});
