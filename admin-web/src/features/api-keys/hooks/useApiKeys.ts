import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  ApiKeysDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  type CreateApiKeyInput,
} from '../../../gql/graphql';

export function useApiKeys() {
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument, {
    // "Last used" moves whenever another system calls the API.
    fetchPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    keys: data?.apiKeys ?? [],
    loading: loading && !data,
    refreshing: loading && Boolean(data),
    error: data ? undefined : error,
    refreshError: data ? error : undefined,
    retry,
  };
}

/** Creates a key and returns it with its secret, which no later answer contains. */
export function useCreateApiKey() {
  const [mutate, { loading, error, reset }] = useMutation(CreateApiKeyDocument, {
    refetchQueries: ['ApiKeys'],
  });
  const create = useCallback(
    async (input: CreateApiKeyInput) => (await mutate({ variables: { input } })).data?.createApiKey,
    [mutate],
  );
  return { create, loading, error, reset };
}

/** Revokes a key for good; the answer carries `revokedAt`, so its row changes in place. */
export function useRevokeApiKey() {
  const [mutate, { loading, error, reset }] = useMutation(RevokeApiKeyDocument);
  const revoke = useCallback(
    async (id: string) => (await mutate({ variables: { id } })).data?.revokeApiKey,
    [mutate],
  );
  return { revoke, loading, error, reset };
}
