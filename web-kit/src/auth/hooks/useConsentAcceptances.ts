import { useSyncExternalStore } from 'react';
import { consentAcceptances, onConsentAccepted } from '../consentSignal';

/**
 * A number that grows each time the user accepts pending documents in the consent gate. Use
 * it as the `key` of a component holding subscriptions (`<LiveUpdates key={…} />`): the API
 * refuses subscribing before consent, and a refused subscription does not come back by
 * itself.
 */
export function useConsentAcceptances(): number {
  return useSyncExternalStore(onConsentAccepted, consentAcceptances, consentAcceptances);
}
