import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  AcceptLegalDocumentsDocument,
  CurrentLegalDocumentsDocument,
  type LegalDocumentFieldsFragment,
} from '../../gql/graphql';

/** The newest version of every kind (TERMS, PRIVACY, MARKETING), for the sign-up page. */
export function useCurrentLegalDocuments() {
  const { data, loading, error, refetch } = useQuery(CurrentLegalDocumentsDocument);
  const documents: LegalDocumentFieldsFragment[] = data?.currentLegalDocuments ?? [];
  return { documents, loading: loading && !data, error: data ? undefined : error, refetch };
}

/**
 * Records that the signed-in user accepted these document versions, then refetches every
 * query on screen: whatever the API refused for missing consent loads now.
 */
export function useAcceptLegalDocuments() {
  const client = useApolloClient();
  const [mutate, { loading, error, reset }] = useMutation(AcceptLegalDocumentsDocument);
  const accept = useCallback(
    async (ids: string[], { refetch = true }: { refetch?: boolean } = {}) => {
      if (ids.length === 0) return;
      await mutate({ variables: { ids } });
      if (refetch) await client.refetchQueries({ include: 'active' });
    },
    [client, mutate],
  );
  return { accept, loading, error, reset };
}
