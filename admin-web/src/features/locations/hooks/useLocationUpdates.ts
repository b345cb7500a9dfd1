import { useSubscription } from '@apollo/client/react';
import { LocationChangedDocument } from '../../../gql/graphql';

/**
 * Keeps locations live while the staff app is open. Each event carries the whole location
 * with its id, so the normalised cache merges it into every query that shows it.
 */
export function useLocationUpdates(): void {
  useSubscription(LocationChangedDocument);
}
