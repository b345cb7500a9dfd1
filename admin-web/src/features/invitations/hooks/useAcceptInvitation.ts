import { useMutation, useQuery } from '@apollo/client/react';
import { useAcceptLegalDocuments, useCompleteSignIn } from '@plannivo/web-kit/auth';
import { useCallback } from 'react';
import { AcceptInvitationDocument, InvitationPreviewDocument } from '../../../gql/graphql';

/** What an invitation link is for; `invitation` is null once it cannot be used. */
export function useInvitationPreview(token: string | null) {
  const { data, loading, error, refetch } = useQuery(InvitationPreviewDocument, {
    variables: { token: token ?? '' },
    skip: !token,
    // A link may have been used or revoked a moment ago: always ask.
    fetchPolicy: 'network-only',
  });
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    invitation: data?.invitation ?? null,
    loading: loading && !data,
    error: data ? undefined : error,
    retry,
  };
}

/**
 * Creates the account from the invitation and signs it in. The API sets the session cookie;
 * the documents ticked on the form are recorded with that new session; then, as after any
 * sign-in, the store is cleared (the socket reconnects with the cookie) and the new user
 * becomes `me`, so the shell opens at once.
 */
export function useAcceptInvitation() {
  const completeSignIn = useCompleteSignIn();
  const documents = useAcceptLegalDocuments();
  const [mutate, { loading, error, reset }] = useMutation(AcceptInvitationDocument);
  const { accept: acceptDocuments } = documents;

  const accept = useCallback(
    async (input: { token: string; name: string; password: string; documentIds: string[] }) => {
      const { data } = await mutate({
        variables: { token: input.token, name: input.name, password: input.password },
      });
      if (!data) throw new Error('acceptInvitation returned no data');
      const { user } = data.acceptInvitation;
      // The account exists and is signed in either way: if this fails, the shell's consent
      // gate asks again.
      await acceptDocuments(input.documentIds, { refetch: false }).catch(() => undefined);
      await completeSignIn(user);
      return user;
    },
    [acceptDocuments, completeSignIn, mutate],
  );

  return { accept, loading: loading || documents.loading, error, reset };
}
