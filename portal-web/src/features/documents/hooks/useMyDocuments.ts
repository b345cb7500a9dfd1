import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import {
  MyDocumentsDocument,
  RemoveMyDocumentDocument,
  type CustomerDocumentKind,
} from '../../../gql/graphql';
import { uploadDocument } from '@plannivo/web-kit/documents';

/** The caller's own record (null for staff) and its documents, newest first. */
export function useMyDocuments() {
  const { data, loading, error, refetch } = useQuery(MyDocumentsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const customer = data?.me?.customer ?? null;
  return {
    customerId: customer?.id ?? null,
    documents: customer?.documents ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
    refetch,
  };
}

/**
 * Uploads a file to the caller's record over HTTP (the bytes go as they are, not through
 * GraphQL), then reads the list again. `error` is the last refusal (an UploadError) or failure.
 */
export function useUploadMyDocument(
  customerId: string | null,
  afterUpload: () => Promise<unknown>,
) {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const upload = useCallback(
    async (input: { file: File; kind: CustomerDocumentKind; title: string }) => {
      if (!customerId) return;
      setLoading(true);
      setError(undefined);
      try {
        await uploadDocument({ customerId, ...input });
        await afterUpload();
      } catch (caught) {
        setError(caught);
        throw caught;
      } finally {
        setLoading(false);
      }
    },
    [afterUpload, customerId],
  );
  return { upload, loading, error, reset: () => setError(undefined) };
}

/** Removes one of the caller's documents (row and file), then reads the list again. */
export function useRemoveMyDocument() {
  const [mutate, { loading, error, reset }] = useMutation(RemoveMyDocumentDocument, {
    refetchQueries: [MyDocumentsDocument],
    awaitRefetchQueries: true,
  });
  const remove = useCallback(
    async (id: string) => {
      await mutate({ variables: { id } });
    },
    [mutate],
  );
  return { remove, loading, error, reset };
}
