import { useLocationUpdates } from '../hooks/useLocationUpdates';

/** Mount once inside the signed-in shell. */
export function LocationLiveUpdates() {
  useLocationUpdates();
  return null;
}
