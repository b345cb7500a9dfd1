import { createApolloClient } from '@plannivo/web-kit/apollo';
import { auditTypePolicies } from '../features/audit';
import { catalogTypePolicies } from '../features/catalog';
import { customersTypePolicies } from '../features/customers';
import { equipmentTypePolicies } from '../features/equipment';
import { locationsTypePolicies } from '../features/locations';
import { packagesTypePolicies } from '../features/packages';
import { usersTypePolicies } from '../features/users';
import { mergeTypePolicies } from '../shared/lib/typePolicies';
import { env } from './env';

export const { apolloClient, networkStatus } = createApolloClient({
  graphqlPath: env.graphqlPath,
  healthPath: env.healthPath,
  typePolicies: mergeTypePolicies(
    auditTypePolicies,
    usersTypePolicies,
    customersTypePolicies,
    locationsTypePolicies,
    catalogTypePolicies,
    equipmentTypePolicies,
    packagesTypePolicies,
  ),
});
