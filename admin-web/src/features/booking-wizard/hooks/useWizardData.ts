import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import {
  WizardAllServicesDocument,
  WizardAvailabilityDocument,
  WizardEquipmentStockDocument,
  WizardLocationsDocument,
  WizardServicesDocument,
  type WizardServiceFieldsFragment,
} from '../../../gql/graphql';
import type { Draft } from '../lib/draft';
import { equipmentInput } from '../lib/draft';
import { extraNeeds } from '../lib/gear';

export type WizardService = WizardServiceFieldsFragment;

/** The locations, the chosen location's services, and the chosen service itself. */
export function useWizardCatalog(draft: Draft, onLocationFound: (locationId: string) => void) {
  const locations = useQuery(WizardLocationsDocument);
  // A prefilled `?serviceId=` names no location: find it among all services once.
  const needsLookup = Boolean(draft.serviceId && !draft.locationId);
  const all = useQuery(WizardAllServicesDocument, { skip: !needsLookup });
  const found = all.data?.services.find((s) => s.id === draft.serviceId);
  useEffect(() => {
    if (needsLookup && found) onLocationFound(found.location.id);
  }, [needsLookup, found, onLocationFound]);

  const services = useQuery(WizardServicesDocument, {
    variables: { locationId: draft.locationId ?? '' },
    skip: !draft.locationId,
  });
  const service = useMemo(
    () => services.data?.services.find((s) => s.id === draft.serviceId) ?? found ?? null,
    [services.data, draft.serviceId, found],
  );
  return {
    locations: locations.data?.locations ?? [],
    locationsLoading: locations.loading && !locations.data,
    locationsError: locations.data ? undefined : locations.error,
    services: services.data?.services ?? [],
    servicesLoading: services.loading && !services.data,
    servicesError: services.data ? undefined : services.error,
    /** The prefilled service does not exist or is off sale. */
    prefillMissing: needsLookup && Boolean(all.data) && !found,
    service,
    refetchServices: services.refetch,
  };
}

/**
 * Free slots of the service on the draft's date for the people chosen so far (their levels
 * decide which instructors fit; none chosen yet counts as one beginner). `serviceGear`: also
 * the gear chosen beyond what the service needs anyway (availability counts that itself).
 */
export function useAvailability(draft: Draft, serviceGear: readonly string[] | null, skip = false) {
  const participants = Math.max(1, draft.customers.length);
  const gear = serviceGear
    ? equipmentInput(extraNeeds(draft.equipment, serviceGear, participants))
    : [];
  const result = useQuery(WizardAvailabilityDocument, {
    variables: {
      input: {
        serviceId: draft.serviceId ?? '',
        date: draft.date ?? '',
        participants,
        customerIds: draft.customers.map((c) => c.id),
        ...(gear.length ? { equipment: gear } : {}),
      },
    },
    skip: skip || !draft.serviceId || !draft.date,
    fetchPolicy: 'cache-and-network',
  });
  return {
    slots: result.data?.availability ?? [],
    loading: result.loading && !result.data,
    error: result.error,
    refetch: result.refetch,
  };
}

export function useEquipmentStock(locationId: string | null) {
  const result = useQuery(WizardEquipmentStockDocument, {
    variables: { locationId: locationId ?? '' },
    skip: !locationId,
  });
  return {
    rows: result.data?.equipmentCategories ?? [],
    loading: result.loading && !result.data,
    error: result.data ? undefined : result.error,
    refetch: result.refetch,
  };
}
