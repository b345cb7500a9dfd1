import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AddEquipmentItemNoteDocument,
  CreateEquipmentItemDocument,
  EquipmentItemLogDocument,
  EquipmentItemPageDocument,
  RetireEquipmentItemDocument,
  ScheduleEquipmentWindowDocument,
  UpdateEquipmentItemDocument,
  type CreateEquipmentInput,
  type UpdateEquipmentInput,
} from '../../../gql/graphql';
import { usePagedConnection } from '../../../shared/hooks/usePagedConnection';

const LOG_PAGE = 20;
const EMPTY = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };

/** Everything a change to an item can move: its page, its log, the lists and the snapshot. */
const AFTER_CHANGE = [
  'EquipmentItemPage',
  'EquipmentItemLog',
  'EquipmentInventoryList',
  'EquipmentInventorySnapshot',
  'EquipmentStockLevels',
];

/** One item with its details and the next 14 days of its schedule. */
export function useEquipmentItem(id: string) {
  const { data, loading, error, refetch } = useQuery(EquipmentItemPageDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return {
    item: data?.equipmentItem ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** An item's lifecycle log, newest first, a page at a time ("Show older" appends). */
export function useEquipmentLog(id: string) {
  return usePagedConnection(
    EquipmentItemLogDocument,
    { id, first: LOG_PAGE },
    (data) => data.equipmentItem?.events ?? EMPTY,
  );
}

/** Adds an item, or changes one (management). */
export function useSaveEquipment() {
  const [create, created] = useMutation(CreateEquipmentItemDocument);
  const [update, updated] = useMutation(UpdateEquipmentItemDocument);
  const save = useCallback(
    async (id: string | null, input: CreateEquipmentInput | UpdateEquipmentInput) => {
      if (id) {
        const { data } = await update({
          variables: { id, input: input as UpdateEquipmentInput },
          refetchQueries: AFTER_CHANGE,
        });
        return data?.updateEquipment ?? null;
      }
      const { data } = await create({
        variables: { input: input as CreateEquipmentInput },
        refetchQueries: AFTER_CHANGE,
        awaitRefetchQueries: true,
      });
      return data?.createEquipment ?? null;
    },
    [create, update],
  );
  const reset = useCallback(() => {
    created.reset();
    updated.reset();
  }, [created, updated]);
  return {
    save,
    loading: created.loading || updated.loading,
    error: created.error ?? updated.error,
    reset,
  };
}

export function useRetireEquipment() {
  const [mutate, state] = useMutation(RetireEquipmentItemDocument, {
    refetchQueries: AFTER_CHANGE,
    awaitRefetchQueries: true,
  });
  const retire = useCallback(
    async (id: string, reason: string) => (await mutate({ variables: { id, reason } })).data,
    [mutate],
  );
  return { retire, loading: state.loading, error: state.error, reset: state.reset };
}

export function useAddEquipmentNote() {
  const [mutate, state] = useMutation(AddEquipmentItemNoteDocument, {
    refetchQueries: ['EquipmentItemLog'],
    awaitRefetchQueries: true,
  });
  const addNote = useCallback(
    async (id: string, notes: string) => (await mutate({ variables: { id, notes } })).data,
    [mutate],
  );
  return { addNote, loading: state.loading, error: state.error, reset: state.reset };
}

export function useScheduleEquipmentWindow() {
  const [mutate, state] = useMutation(ScheduleEquipmentWindowDocument, {
    refetchQueries: AFTER_CHANGE,
    awaitRefetchQueries: true,
  });
  const schedule = useCallback(
    async (input: {
      equipmentId: string;
      startsAt: string;
      endsAt: string;
      reason: string | null;
    }) => (await mutate({ variables: input })).data,
    [mutate],
  );
  return { schedule, loading: state.loading, error: state.error, reset: state.reset };
}
