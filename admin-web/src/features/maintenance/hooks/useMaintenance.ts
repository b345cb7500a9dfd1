import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import {
  MaintenanceCancelTaskDocument,
  MaintenanceCompleteTaskDocument,
  MaintenanceCreateRuleDocument,
  MaintenanceDeleteRuleDocument,
  MaintenanceDoneTasksDocument,
  MaintenanceEquipmentChoicesDocument,
  MaintenanceLocationsDocument,
  MaintenanceOpenTasksDocument,
  MaintenanceReportDamageDocument,
  MaintenanceRulesDocument,
  MaintenanceRunScanDocument,
  MaintenanceScheduleWindowDocument,
  MaintenanceSetRuleActiveDocument,
  MaintenanceUpdateRuleDocument,
} from '../../../gql/graphql';

/** The locations to choose from, by name, with their time zones. */
export function useMaintenanceLocations() {
  const { data, loading, error, refetch } = useQuery(MaintenanceLocationsDocument);
  const locations = useMemo(
    () => [...(data?.locations ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  return {
    locations,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** A location's open tasks and its latest done ones. */
export function useMaintenanceBoard(locationId: string) {
  const open = useQuery(MaintenanceOpenTasksDocument, {
    variables: { locationId },
    fetchPolicy: 'cache-and-network',
  });
  const done = useQuery(MaintenanceDoneTasksDocument, {
    variables: { locationId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    open: useMemo(() => open.data?.maintenanceTasks.edges.map((e) => e.node) ?? [], [open.data]),
    done: useMemo(() => done.data?.maintenanceTasks.edges.map((e) => e.node) ?? [], [done.data]),
    loading: (open.loading && !open.data) || (done.loading && !done.data),
    refreshing: (open.loading && Boolean(open.data)) || (done.loading && Boolean(done.data)),
    error: (open.data ? undefined : open.error) ?? (done.data ? undefined : done.error),
    refetch: () => Promise.all([open.refetch(), done.refetch()]),
  };
}

/** Board queries to refetch after a change: a task moves between sections and lists. */
const BOARD_QUERIES = ['MaintenanceOpenTasks', 'MaintenanceDoneTasks'];

/** Complete, cancel, schedule, report, scan: each refreshes the board once it is done. */
export function useTaskActions() {
  const options = { refetchQueries: BOARD_QUERIES, awaitRefetchQueries: true };
  const [complete, completing] = useMutation(MaintenanceCompleteTaskDocument, options);
  const [cancel, cancelling] = useMutation(MaintenanceCancelTaskDocument, options);
  const [schedule, scheduling] = useMutation(MaintenanceScheduleWindowDocument, options);
  const [report, reporting] = useMutation(MaintenanceReportDamageDocument, options);
  const [scan, scanning] = useMutation(MaintenanceRunScanDocument, options);
  return {
    complete,
    cancel,
    schedule,
    report,
    scan,
    completing: completing.loading,
    cancelling: cancelling.loading,
    scheduling: scheduling.loading,
    reporting: reporting.loading,
    scanning: scanning.loading,
  };
}

/** The gear of a location to report damage on (retired items left out), by name. */
export function useEquipmentChoices(locationId: string, skip: boolean) {
  const { data, loading, error } = useQuery(MaintenanceEquipmentChoicesDocument, {
    variables: { locationId },
    skip,
  });
  const items = useMemo(
    () =>
      (data?.equipment.edges.map((e) => e.node) ?? [])
        .filter((item) => item.status !== 'RETIRED')
        .sort((a, b) => a.name.localeCompare(b.name)),
    [data],
  );
  return { items, loading: loading && !data, error: data ? undefined : error };
}

/** The rules that apply at a location (its own and every location's). */
export function useMaintenanceRules(locationId: string) {
  const { data, loading, error, refetch } = useQuery(MaintenanceRulesDocument, {
    variables: { locationId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    rules: data?.maintenanceRules ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

/** Create, update, switch and delete rules; the rules list is read again after each. */
export function useRuleActions() {
  const options = { refetchQueries: ['MaintenanceRules'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(MaintenanceCreateRuleDocument, options);
  const [update, updating] = useMutation(MaintenanceUpdateRuleDocument, options);
  const [setActive, switching] = useMutation(MaintenanceSetRuleActiveDocument);
  const [remove, removing] = useMutation(MaintenanceDeleteRuleDocument, options);
  return {
    create,
    update,
    setActive,
    remove,
    saving: creating.loading || updating.loading,
    switching: switching.loading,
    removing: removing.loading,
  };
}
