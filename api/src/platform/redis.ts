import { Redis, type RedisOptions } from 'ioredis';
import { redactUrl } from '../config.js';
import { StartupError } from '../startup-error.js';

/**
 * Checks once that Redis answers, so a wrong REDIS_URL stops start-up with one clear line
 * instead of an endless reconnect loop. The long-lived clients reconnect on their own.
 */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const probe = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new StartupError('REDIS_URL', `cannot connect to ${redactUrl(url)} (${reason})`);
  } finally {
    probe.disconnect();
  }
}

/** A long-lived client; errors are logged by the owner rather than crashing the process. */
export function createRedisClient(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { lazyConnect: false, ...options });
}

