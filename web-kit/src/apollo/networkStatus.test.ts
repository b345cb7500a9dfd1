import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNetworkStatusStore, type NetworkStatusStore } from './networkStatus';

const GRACE = 1_000;
const POLL = 2_000;

describe('network status store', () => {
  let healthy: boolean;
  let checkHealth: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
  let store: NetworkStatusStore;

  beforeEach(() => {
    vi.useFakeTimers();
    healthy = false;
    checkHealth = vi.fn(() => Promise.resolve(healthy));
    store = createNetworkStatusStore({ checkHealth, graceMs: GRACE, pollMs: POLL });
  });

  afterEach(() => {
    store.dispose();
    vi.useRealTimers();
  });

  it('starts online with both channels unknown', () => {
    expect(store.getSnapshot()).toEqual({ http: 'unknown', socket: 'unknown', offline: false });
  });

  it('goes offline when the socket closes and stays down past the grace period', async () => {
    store.reportSocketConnected();
    store.reportSocketLost();
    expect(store.getSnapshot()).toMatchObject({ socket: 'down', offline: false });

    await vi.advanceTimersByTimeAsync(GRACE - 1);
    expect(store.getSnapshot().offline).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    expect(store.getSnapshot().offline).toBe(true);
  });

  it('comes back online as soon as the socket reconnects', async () => {
    store.reportSocketLost();
    await vi.advanceTimersByTimeAsync(GRACE);
    expect(store.getSnapshot().offline).toBe(true);

    store.reportSocketConnected();
    expect(store.getSnapshot()).toEqual({ http: 'unknown', socket: 'up', offline: false });
  });

  it('does not flicker when a channel recovers within the grace period', async () => {
    const listener = vi.fn();
    store.subscribe(listener);

    store.reportSocketLost();
    await vi.advanceTimersByTimeAsync(GRACE / 2);
    store.reportSocketConnected();
    await vi.advanceTimersByTimeAsync(GRACE * 5);

    expect(store.getSnapshot().offline).toBe(false);
    // Listeners saw channel changes, never an offline snapshot.
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('restarts the grace period after a recovery', async () => {
    store.reportSocketLost();
    await vi.advanceTimersByTimeAsync(GRACE - 100);
    store.reportSocketConnected();
    store.reportSocketLost();
    await vi.advanceTimersByTimeAsync(GRACE - 100);
    expect(store.getSnapshot().offline).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getSnapshot().offline).toBe(true);
  });

  it('goes offline on an HTTP failure and polls health until it answers 200', async () => {
    store.reportSocketConnected();
    store.reportHttpFailure();
    await vi.advanceTimersByTimeAsync(GRACE);
    expect(store.getSnapshot()).toEqual({ http: 'down', socket: 'up', offline: true });
    expect(checkHealth).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(POLL - GRACE);
    expect(checkHealth).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot().offline).toBe(true);

    await vi.advanceTimersByTimeAsync(POLL);
    expect(checkHealth).toHaveBeenCalledTimes(2);

    healthy = true;
    await vi.advanceTimersByTimeAsync(POLL);
    expect(checkHealth).toHaveBeenCalledTimes(3);
    expect(store.getSnapshot()).toEqual({ http: 'up', socket: 'up', offline: false });

    // Polling stops once HTTP is back.
    await vi.advanceTimersByTimeAsync(POLL * 5);
    expect(checkHealth).toHaveBeenCalledTimes(3);
  });

  it('runs one polling loop however many requests fail', async () => {
    store.reportHttpFailure();
    store.reportHttpFailure();
    store.reportHttpFailure();
    await vi.advanceTimersByTimeAsync(POLL);
    expect(checkHealth).toHaveBeenCalledTimes(1);
  });

  it('stops polling when a request succeeds on its own', async () => {
    store.reportHttpFailure();
    store.reportHttpSuccess();
    await vi.advanceTimersByTimeAsync(POLL * 3);
    expect(checkHealth).not.toHaveBeenCalled();
    expect(store.getSnapshot().http).toBe('up');
  });

  it('stays offline while one channel is still down', async () => {
    store.reportSocketLost();
    store.reportHttpFailure();
    await vi.advanceTimersByTimeAsync(GRACE);
    store.reportHttpSuccess();
    expect(store.getSnapshot()).toEqual({ http: 'up', socket: 'down', offline: true });
    store.reportSocketConnected();
    expect(store.getSnapshot().offline).toBe(false);
  });

  it('calls reconnect callbacks once when everything is back, not on first connect', () => {
    const onReconnect = vi.fn();
    store.onReconnect(onReconnect);

    store.reportSocketConnected();
    store.reportHttpSuccess();
    expect(onReconnect).not.toHaveBeenCalled();

    store.reportSocketLost();
    store.reportHttpFailure();
    store.reportSocketConnected();
    expect(onReconnect).not.toHaveBeenCalled();
    store.reportHttpSuccess();
    expect(onReconnect).toHaveBeenCalledTimes(1);
  });

  it('keeps the snapshot identity while nothing changes', () => {
    store.reportSocketConnected();
    const first = store.getSnapshot();
    store.reportSocketConnected();
    expect(store.getSnapshot()).toBe(first);
  });
});
