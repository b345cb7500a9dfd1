import type { ApiKeyFieldsFragment } from '../../../gql/graphql';

export interface ApiKeysViewProps {
  keys: readonly ApiKeyFieldsFragment[];
  now: Date;
  onRevoke: (key: ApiKeyFieldsFragment) => void;
}
