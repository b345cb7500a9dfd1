import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { MarketingConsentDocument, SetMarketingConsentDocument } from '../../../gql/graphql';

/** Whether the signed-in user wants marketing e-mails. */
export function useMarketingConsent() {
  const { data, loading, error, refetch } = useQuery(MarketingConsentDocument);
  return {
    optIn: data?.me?.marketingOptIn,
    userId: data?.me?.id,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}

/**
 * Turns marketing e-mails on or off (`setMarketingConsent`; the API records the consent with
 * its time). `userId` lets the switch move at once and move back if the API refuses.
 */
export function useSetMarketingConsent() {
  const [mutate, { loading }] = useMutation(SetMarketingConsentDocument);
  const setMarketingConsent = useCallback(
    async (optIn: boolean, userId?: string) => {
      // The cache needs __typename to find the user; the generated types leave it out.
      const optimistic = userId
        ? {
            setMarketingConsent: { __typename: 'User' as const, id: userId, marketingOptIn: optIn },
          }
        : undefined;
      await mutate({ variables: { optIn }, optimisticResponse: optimistic });
    },
    [mutate],
  );
  return { setMarketingConsent, loading };
}
