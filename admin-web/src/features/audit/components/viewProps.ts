import type { AuditEntryFieldsFragment } from '../../../gql/graphql';

/** What both views of the log (desk table, phone list) take. */
export interface AuditEntriesViewProps {
  entries: readonly AuditEntryFieldsFragment[];
  /** Show placeholders in the view's own shape. */
  loading: boolean;
  onOpen: (entry: AuditEntryFieldsFragment) => void;
}
