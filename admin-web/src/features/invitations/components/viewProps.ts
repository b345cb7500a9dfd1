import type { InvitationFieldsFragment } from '../../../gql/graphql';

/** What both views of the invitations (desk table, phone list) take. */
export interface InvitationsViewProps {
  invitations: readonly InvitationFieldsFragment[];
  loading: boolean;
  onResend: (invitation: InvitationFieldsFragment) => void;
  onRevoke: (invitation: InvitationFieldsFragment) => void;
}
