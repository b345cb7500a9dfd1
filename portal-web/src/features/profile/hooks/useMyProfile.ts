import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AddFamilyMemberDocument,
  MyProfileDocument,
  SaveMyDetailsDocument,
  type CreateCustomerInput,
  type UpdateCustomerInput,
} from '../../../gql/graphql';

/** The signed-in user, the customer record that is them (null for staff) and their family. */
export function useMyProfile() {
  const { data, loading, error, refetch } = useQuery(MyProfileDocument);
  return {
    me: data?.me ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}

/**
 * Saves some fields of the caller's own record (`updateCustomer`, which the API allows a
 * student on their own record). The answer updates the cached record, and the account's name
 * with it. Throws the API's error as is (BAD_USER_INPUT names the refused fields).
 */
export function useSaveMyDetails() {
  const [mutate] = useMutation(SaveMyDetailsDocument);
  return useCallback(
    async (customerId: string, input: UpdateCustomerInput) => {
      await mutate({ variables: { id: customerId, input } });
    },
    [mutate],
  );
}

/** Adds a dependent under the caller's own record (`addDependent`); returns it. */
export function useAddFamilyMember() {
  const [mutate] = useMutation(AddFamilyMemberDocument);
  return useCallback(
    async (guardianId: string, input: CreateCustomerInput) => {
      const { data } = await mutate({ variables: { guardianId, input } });
      return data?.addDependent;
    },
    [mutate],
  );
}
