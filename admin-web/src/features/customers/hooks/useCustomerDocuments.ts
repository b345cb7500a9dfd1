import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import {
  CustomerDocumentsDocument,
  RemoveCustomerDocumentDocument,
  type CustomerDocumentKind,
} from '../../../gql/graphql';
import { uploadCustomerDocument } from '../documentUpload';

/** The documents of a record, newest first; refreshed on open (another desk may have added). */
export function useCustomerDocuments(customerId: string) {
  const { data, loading, error, refetch } = useQuery(CustomerDocumentsDocument, {
    variables: { id: customerId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    documents: data?.customer?.documents ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/**
 * After an upload or a removal: the documents are read again, and the timeline is dropped
 * from the cache, so it loads afresh when its tab opens (it is not on screen meanwhile).
 */
function useAfterDocumentChange(customerId: string) {
  const client = useApolloClient();
  return useCallback(async () => {
    client.cache.evict({
      id: client.cache.identify({ __typename: 'Customer', id: customerId }),
      fieldName: 'history',
    });
    await client.refetchQueries({ include: [CustomerDocumentsDocument] });
  }, [client, customerId]);
}

/**
 * Uploads a file to a record over HTTP (not GraphQL: the bytes go as they are), then reads
 * the record's documents again. `error` is the last refusal (an UploadError) or failure.
 */
export function useUploadCustomerDocument(customerId: string) {
  const afterChange = useAfterDocumentChange(customerId);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const upload = useCallback(
    async (input: { file: File; kind: CustomerDocumentKind; title: string }) => {
      setLoading(true);
      setError(undefined);
      try {
        const document = await uploadCustomerDocument({ customerId, ...input });
        await afterChange();
        return document;
      } catch (caught) {
        setError(caught);
        throw caught;
      } finally {
        setLoading(false);
      }
    },
    [afterChange, customerId],
  );
  return { upload, loading, error, reset: () => setError(undefined) };
}

/** Removes a document (row and file); the list and the timeline are read again. */
export function useRemoveCustomerDocument(customerId: string) {
  const afterChange = useAfterDocumentChange(customerId);
  const [mutate, { loading, error, reset }] = useMutation(RemoveCustomerDocumentDocument);
  const remove = useCallback(
    async (id: string) => {
      await mutate({ variables: { id } });
      await afterChange();
    },
    [mutate, afterChange],
  );
  return { remove, loading, error, reset };
}
