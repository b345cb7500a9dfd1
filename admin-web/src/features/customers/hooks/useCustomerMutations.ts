import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AddDependentDocument,
  CreateCustomerDocument,
  CustomerDocument,
  MergeCustomersDocument,
  UpdateCustomerDocument,
  type CreateCustomerInput,
  type UpdateCustomerInput,
} from '../../../gql/graphql';

/** Creates a customer record (staff quick-create); the answer is the new record. */
export function useCreateCustomer() {
  const [mutate, { loading, error, reset }] = useMutation(CreateCustomerDocument);
  const createCustomer = useCallback(
    async (input: CreateCustomerInput) => {
      const { data } = await mutate({ variables: { input } });
      return data?.createCustomer;
    },
    [mutate],
  );
  return { createCustomer, loading, error, reset };
}

/** Saves changed fields of a record; the answer updates every view of it. */
export function useUpdateCustomer() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateCustomerDocument);
  const updateCustomer = useCallback(
    async (id: string, input: UpdateCustomerInput) => {
      const { data } = await mutate({ variables: { id, input } });
      return data?.updateCustomer;
    },
    [mutate],
  );
  return { updateCustomer, loading, error, reset };
}

/**
 * Adds a family member (a child) under a record. The guardian's page is read again, so the
 * new dependent is in its list when the dialog closes.
 */
export function useAddDependent() {
  const [mutate, { loading, error, reset }] = useMutation(AddDependentDocument);
  const addDependent = useCallback(
    async (guardianId: string, input: CreateCustomerInput) => {
      const { data } = await mutate({
        variables: { guardianId, input },
        refetchQueries: [{ query: CustomerDocument, variables: { id: guardianId } }],
        awaitRefetchQueries: true,
      });
      return data?.addDependent;
    },
    [mutate],
  );
  return { addDependent, loading, error, reset };
}

/**
 * Merges a duplicate into the record that stays. The answer is the survivor (its duplicates
 * and dependents included); the duplicate's own page is read again to show it merged.
 */
export function useMergeCustomers() {
  const [mutate, { loading, error, reset }] = useMutation(MergeCustomersDocument);
  const mergeCustomers = useCallback(
    async (survivorId: string, duplicateId: string) => {
      const { data } = await mutate({
        variables: { survivorId, duplicateId },
        refetchQueries: [{ query: CustomerDocument, variables: { id: duplicateId } }],
      });
      return data?.mergeCustomers;
    },
    [mutate],
  );
  return { mergeCustomers, loading, error, reset };
}
