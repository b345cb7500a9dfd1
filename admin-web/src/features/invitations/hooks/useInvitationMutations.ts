import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  InviteStaffDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  type InviteStaffInput,
} from '../../../gql/graphql';

/** Sends an invitation; every list of invitations on screen reloads to show it. */
export function useInviteStaff() {
  const [mutate, { loading, error, reset }] = useMutation(InviteStaffDocument, {
    refetchQueries: ['Invitations'],
  });
  const invite = useCallback(
    async (input: InviteStaffInput) => {
      const { data } = await mutate({ variables: { input } });
      return data?.inviteStaff;
    },
    [mutate],
  );
  return { invite, loading, error, reset };
}

/** Mails a new link (the old one stops working); the answer updates the row in place. */
export function useResendInvitation() {
  const [mutate, { loading }] = useMutation(ResendInvitationDocument);
  const resend = useCallback(
    async (id: string) => (await mutate({ variables: { id } })).data?.resendInvitation,
    [mutate],
  );
  return { resend, loading };
}

/** Withdraws an invitation: its link stops working at once. */
export function useRevokeInvitation() {
  const [mutate, { loading, error, reset }] = useMutation(RevokeInvitationDocument);
  const revoke = useCallback(
    async (id: string) => (await mutate({ variables: { id } })).data?.revokeInvitation,
    [mutate],
  );
  return { revoke, loading, error, reset };
}
