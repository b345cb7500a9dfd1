import type {
  CatalogPackageFieldsFragment,
  CatalogServiceFieldsFragment,
  ServiceKind,
} from '../../../gql/graphql';

/** What both views of a location's services (desk table, phone list) take. */
export interface ServicesViewProps {
  services: readonly CatalogServiceFieldsFragment[];
  /** Show placeholders in the view's own shape. */
  loading: boolean;
  canEdit: boolean;
  onEdit: (service: CatalogServiceFieldsFragment) => void;
  onSetActive: (service: CatalogServiceFieldsFragment, active: boolean) => void;
}

/** What both views of a location's packages (desk table, phone list) take. */
export interface PackagesViewProps {
  packages: readonly CatalogPackageFieldsFragment[];
  loading: boolean;
  canEdit: boolean;
  onEdit: (pkg: CatalogPackageFieldsFragment) => void;
  onSetActive: (pkg: CatalogPackageFieldsFragment, active: boolean) => void;
}

export const KIND_COLORS: Record<ServiceKind, string> = {
  LESSON: 'blue',
  RENTAL: 'grape',
  ACCOMMODATION: 'orange',
};
