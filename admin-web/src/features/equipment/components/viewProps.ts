import type { EquipmentRowFieldsFragment } from '../../../gql/graphql';

/** What both views of the inventory (desk table, phone cards) take. */
export interface EquipmentViewProps {
  items: readonly EquipmentRowFieldsFragment[];
  /** Show placeholders in the view's own shape. */
  loading: boolean;
}

/** An item's page inside the app. */
export const equipmentPath = (id: string) => `/equipment/${id}`;
