import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { DomainError } from '../errors.js';

export interface RateLimitRule {
  /** Unique per rule; becomes part of the store key. */
  name: string;
  points: number;
  durationSeconds: number;
  /** Once exhausted, refuse for this long (defaults to the rest of the window). */
  blockSeconds?: number;
}

export interface RateLimiter {
  /** Spends one point for `key`; throws RATE_LIMITED with `retryAfterSeconds` when exhausted. */
  consume(key: string, points?: number): Promise<void>;
  reset(key: string): Promise<void>;
}

export type RateLimiterFactory = (rule: RateLimitRule) => RateLimiter;

/** Memory limits for the embedded mode, Redis limits shared by replicas in services mode. */
export function createRateLimiterFactory(
  redis: { client: Redis; prefix: string } | null,
): RateLimiterFactory {
  return (rule) => {
    const opts = {
      keyPrefix: `${redis?.prefix ?? ''}rl:${rule.name}`,
      points: rule.points,
      duration: rule.durationSeconds,
      blockDuration: rule.blockSeconds ?? 0,
    };
    const limiter: RateLimiterAbstract = redis
      ? new RateLimiterRedis({ ...opts, storeClient: redis.client })
      : new RateLimiterMemory(opts);
    return {
      async consume(key, points = 1) {
        try {
          await limiter.consume(key, points);
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          throw new DomainError('RATE_LIMITED', 'Too many attempts; try again later', {
            retryAfterSeconds,
          });
        }
      },
      async reset(key) {
        await limiter.delete(key);
      },
    };
  };
}
