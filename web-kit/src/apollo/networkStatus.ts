/**
 * Whether the API can be reached, over HTTP and over the WebSocket, as a tiny external store
 * for `useSyncExternalStore`.
 *
 * - The WebSocket reports itself (graphql-ws `connected` / `closed` events).
 * - HTTP has no standing connection, so an Apollo link reports each request's fate; while
 *   HTTP is down the store polls the health endpoint until it answers.
 * - `offline` turns true only after a channel has stayed down for a grace period, so a blip
 *   (a socket restart, one dropped request) never flashes the banner; it turns false as soon
 *   as both channels are back.
 */
export type ChannelState = 'unknown' | 'up' | 'down';

export interface NetworkSnapshot {
  readonly http: ChannelState;
  readonly socket: ChannelState;
  /** Show the "connection lost" banner. */
  readonly offline: boolean;
}

export interface NetworkStatusStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): NetworkSnapshot;
  reportHttpSuccess(): void;
  reportHttpFailure(): void;
  reportSocketConnected(): void;
  reportSocketLost(): void;
  /** Called each time both channels are usable again after one was down: refetch here. */
  onReconnect(callback: () => void): () => void;
  dispose(): void;
}

export interface NetworkStatusOptions {
  /** Resolves true when the API's health endpoint answers 200. Must not reject. */
  checkHealth: () => Promise<boolean>;
  graceMs?: number;
  pollMs?: number;
}

export const DEFAULT_GRACE_MS = 1_000;
export const DEFAULT_POLL_MS = 2_000;

export function createNetworkStatusStore({
  checkHealth,
  graceMs = DEFAULT_GRACE_MS,
  pollMs = DEFAULT_POLL_MS,
}: NetworkStatusOptions): NetworkStatusStore {
  let snapshot: NetworkSnapshot = { http: 'unknown', socket: 'unknown', offline: false };
  const listeners = new Set<() => void>();
  const reconnectCallbacks = new Set<() => void>();
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  // Bumped whenever polling stops, so a health check still in flight is ignored.
  let pollGeneration = 0;
  let disposed = false;

  const isDown = (s: Pick<NetworkSnapshot, 'http' | 'socket'>) =>
    s.http === 'down' || s.socket === 'down';

  function publish(next: NetworkSnapshot) {
    if (
      next.http === snapshot.http &&
      next.socket === snapshot.socket &&
      next.offline === snapshot.offline
    ) {
      return;
    }
    const wasDown = isDown(snapshot);
    snapshot = next;
    listeners.forEach((listener) => listener());
    if (wasDown && !isDown(next)) reconnectCallbacks.forEach((callback) => callback());
  }

  function setChannels(change: Partial<Pick<NetworkSnapshot, 'http' | 'socket'>>) {
    if (disposed) return;
    const channels = { http: snapshot.http, socket: snapshot.socket, ...change };
    if (!isDown(channels)) {
      clearTimeout(graceTimer);
      graceTimer = undefined;
      publish({ ...channels, offline: false });
      return;
    }
    if (!snapshot.offline && graceTimer === undefined) {
      graceTimer = setTimeout(() => {
        graceTimer = undefined;
        if (isDown(snapshot)) publish({ ...snapshot, offline: true });
      }, graceMs);
    }
    publish({ ...channels, offline: snapshot.offline });
  }

  function startPolling() {
    if (pollTimer !== undefined || disposed) return;
    const generation = pollGeneration;
    const tick = () => {
      pollTimer = setTimeout(async () => {
        const healthy = await checkHealth();
        if (generation !== pollGeneration || disposed) return;
        if (healthy) {
          pollTimer = undefined;
          store.reportHttpSuccess();
        } else {
          tick();
        }
      }, pollMs);
    };
    tick();
  }

  function stopPolling() {
    clearTimeout(pollTimer);
    pollTimer = undefined;
    pollGeneration += 1;
  }

  const store: NetworkStatusStore = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    reportHttpSuccess() {
      stopPolling();
      setChannels({ http: 'up' });
    },
    reportHttpFailure() {
      setChannels({ http: 'down' });
      startPolling();
    },
    reportSocketConnected() {
      setChannels({ socket: 'up' });
    },
    reportSocketLost() {
      setChannels({ socket: 'down' });
    },
    onReconnect(callback) {
      reconnectCallbacks.add(callback);
      return () => reconnectCallbacks.delete(callback);
    },
    dispose() {
      disposed = true;
      stopPolling();
      clearTimeout(graceTimer);
      listeners.clear();
      reconnectCallbacks.clear();
    },
  };
  return store;
}
