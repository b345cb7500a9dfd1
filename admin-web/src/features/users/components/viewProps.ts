import type { UserFieldsFragment } from '../../../gql/graphql';

/** What both views of the user list (desk table, phone list) take. */
export interface UsersViewProps {
  users: readonly UserFieldsFragment[];
  /** Show placeholders in the view's own shape. */
  loading: boolean;
  /** The signed-in admin: marked "You", and cannot deactivate themselves. */
  viewerId: string;
  onEdit: (user: UserFieldsFragment) => void;
  onSetActive: (user: UserFieldsFragment, active: boolean) => void;
}
