import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type Repeater } from '@graphql-yoga/subscription';
import type { Redis } from 'ioredis';

/**
 * Every event the API publishes, with its payload. Payloads carry ids, not rows: the
 * subscriber reloads the row in its own scope, so nothing stale or foreign leaks out and
 * nothing (Dates) has to survive JSON through Redis.
 */
export interface EventMap {
  LOCATION_CHANGED: { locationId: string };
  /** A booking was created, changed, cancelled, archived or restored. */
  BOOKING_CHANGED: {
    bookingId: string;
    locationId: string;
    kind: 'CREATED' | 'UPDATED' | 'CANCELLED' | 'DELETED' | 'RESTORED';
  };
  /** A notification was written for `userId`. */
  NOTIFICATION_CREATED: { notificationId: string; userId: string };
}
export type EventName = keyof EventMap;

export interface Events {
  /** Publishes to every API replica. Call only after the transaction has committed. */
  publish<K extends EventName>(topic: K, payload: EventMap[K]): void;
  subscribe<K extends EventName>(topic: K): Repeater<EventMap[K]>;
}

type AnyArgs = Record<string, [unknown]>;

/** In-process events for the embedded mode, or Redis pub/sub shared by all replicas. */
export function createEvents(
  options: { redis: { publish: Redis; subscribe: Redis; prefix: string } } | { redis: null },
): Events {
  const prefix = options.redis ? `${options.redis.prefix}events:` : '';
  const pubsub = createPubSub<AnyArgs>(
    options.redis
      ? {
          eventTarget: createRedisEventTarget({
            publishClient: options.redis.publish,
            subscribeClient: options.redis.subscribe,
          }),
        }
      : {},
  );
  return {
    publish: (topic, payload) => pubsub.publish(prefix + topic, payload),
    subscribe: (topic) => pubsub.subscribe(prefix + topic) as never,
  };
}
