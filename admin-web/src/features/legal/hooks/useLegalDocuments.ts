import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import {
  LegalDocumentsDocument,
  PublishLegalDocumentDocument,
  type PublishLegalDocumentInput,
} from '../../../gql/graphql';
import { versionsByKind } from '../kinds';

/** Every version of every kind, grouped by kind, newest first. */
export function useLegalDocuments() {
  const { data, loading, error, refetch } = useQuery(LegalDocumentsDocument, {
    variables: { kind: null },
    // Acceptance counts move as people accept.
    fetchPolicy: 'cache-and-network',
  });
  const byKind = useMemo(() => versionsByKind(data?.legalDocuments ?? []), [data]);
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    byKind,
    loading: loading && !data,
    refreshing: loading && Boolean(data),
    error: data ? undefined : error,
    refreshError: data ? error : undefined,
    retry,
  };
}

/** Publishes a new version; the lists reload, since the previous version is no longer current. */
export function usePublishLegalDocument() {
  const [mutate, { loading, error, reset }] = useMutation(PublishLegalDocumentDocument, {
    refetchQueries: ['LegalDocuments'],
    awaitRefetchQueries: true,
  });
  const publish = useCallback(
    async (input: PublishLegalDocumentInput) =>
      (await mutate({ variables: { input } })).data?.publishLegalDocument,
    [mutate],
  );
  return { publish, loading, error, reset };
}
