import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';

/** A small key-value cache with expiry, shared by all replicas in services mode. */
export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createMemoryCache(max = 10_000): Cache {
  const lru = new LRUCache<string, { value: unknown }>({ max, ttlAutopurge: false });
  return {
    async get<T>(key: string) {
      return lru.get(key)?.value as T | undefined;
    },
    async set(key, value, ttlMs) {
      lru.set(key, { value }, { ttl: ttlMs });
    },
    async delete(key) {
      lru.delete(key);
    },
  };
}

/** Values are stored as JSON: Dates come back as strings, so cache plain data only. */
export function createRedisCache(client: Redis, prefix: string): Cache {
  const k = (key: string) => `${prefix}cache:${key}`;
  return {
    async get<T>(key: string) {
      const raw = await client.get(k(key));
      return raw === null ? undefined : (JSON.parse(raw) as T);
    },
    async set(key, value, ttlMs) {
      await client.set(k(key), JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)));
    },
    async delete(key) {
      await client.del(k(key));
    },
  };
}
