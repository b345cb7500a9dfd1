import type { Config } from '../config.js';
import { createMemoryCache, createRedisCache, type Cache } from './cache.js';
import { createFileStore, type FileStore } from './files.js';
import { createBullJobs, createInProcessJobs, type Jobs } from './jobs.js';
import type { Logger } from './logger.js';
import { createMailer, type Mailer } from './mail.js';
import { createEvents, type Events } from './pubsub.js';
import { createRateLimiterFactory, type RateLimiterFactory } from './ratelimit.js';
import { assertRedisReachable, createRedisClient } from './redis.js';
import { withTimeout } from './timeout.js';

export interface Platform {
  readonly mode: 'embedded' | 'services';
  events: Events;
  jobs: Jobs;
  cache: Cache;
  rateLimiter: RateLimiterFactory;
  mailer: Mailer;
  /** Uploaded files (documents): the local disk under FILES_DIR. */
  files: FileStore;
  /** Resolves when every external service answers (Redis); used by /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Chooses every adapter once, from the config: in-process ones when REDIS_URL is unset,
 * Redis-backed ones otherwise. Nothing else in the code knows which mode it runs in.
 * Throws StartupError when Redis is configured but does not answer.
 */
export async function createPlatform(config: Config, log: Logger): Promise<Platform> {
  const mailer = createMailer(
    { smtpUrl: config.smtpUrl, from: config.mailFrom, filesDir: config.filesDir },
    log,
  );
  const files = createFileStore(config);
  if (!config.redis) {
    const jobs = createInProcessJobs(log);
    return {
      mode: 'embedded',
      events: createEvents({ redis: null }),
      jobs,
      cache: createMemoryCache(),
      rateLimiter: createRateLimiterFactory(null),
      mailer,
      files,
      ping: async () => {},
      close: async () => {
        await jobs.close();
        mailer.close();
      },
    };
  }

  const { url, prefix } = config.redis;
  await assertRedisReachable(url);
  const onError = (role: string) => (err: Error) =>
    log.warn({ err, role }, 'redis connection error');
  const command = createRedisClient(url).on('error', onError('command'));
  const publish = createRedisClient(url).on('error', onError('publish'));
  const subscribe = createRedisClient(url).on('error', onError('subscribe'));
  const jobs = createBullJobs({
    // Options rather than clients: BullMQ then owns (and closes) its connections.
    connection: () => ({ url, maxRetriesPerRequest: null }),
    prefix,
    log,
  });

  return {
    mode: 'services',
    events: createEvents({ redis: { publish, subscribe, prefix } }),
    jobs,
    cache: createRedisCache(command, prefix),
    rateLimiter: createRateLimiterFactory({ client: command, prefix }),
    mailer,
    files,
    async ping() {
      const answer = await withTimeout(command.ping(), 2000, 'redis ping timed out');
      if (answer !== 'PONG') throw new Error(`redis answered ${answer}`);
    },
    async close() {
      await jobs.close();
      mailer.close();
      // QUIT waits for a reply; a client cut off mid-reconnect gets disconnected instead.
      await Promise.allSettled(
        [command, publish, subscribe].map((client) =>
          withTimeout(client.quit(), 2000, 'redis quit timed out').catch(() => client.disconnect()),
        ),
      );
    },
  };
}
