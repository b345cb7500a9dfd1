import { useSyncExternalStore } from 'react';
import type { NetworkSnapshot, NetworkStatusStore } from './networkStatus';

export function useNetworkStatus(store: NetworkStatusStore): NetworkSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
