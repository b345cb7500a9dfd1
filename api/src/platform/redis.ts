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
  let socketError: { code?: string; message: string } | null = null;
  probe.on('error', (error: { code?: string; message: string }) => {
    socketError ??= error;
  });
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    // connect() only says "Connection is closed."; the socket's own error says why.
    const cause = (socketError ?? error) as { code?: string; message: string };
    const reason = cause.code ?? cause.message;
    throw new StartupError('REDIS_URL', `cannot connect to ${redactUrl(url)} (${reason})`);
  } finally {
    probe.disconnect();
  }
}

/** A long-lived client; errors are logged by the owner rather than crashing the process. */
export function createRedisClient(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { lazyConnect: false, ...options });
}
