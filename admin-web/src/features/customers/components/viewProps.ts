import type { CustomerListFieldsFragment } from '../../../gql/graphql';

/** What both views of the customer list (desk table, phone list) take. */
export interface CustomersViewProps {
  customers: readonly CustomerListFieldsFragment[];
  /** Show placeholders in the view's own shape. */
  loading: boolean;
}

/** A record's page inside the app. */
export const customerPath = (id: string) => `/customers/${id}`;
