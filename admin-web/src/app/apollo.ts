import { createApolloClient } from '@plannivo/web-kit/apollo';
import { auditTypePolicies } from '../features/audit';
import { env } from './env';

export const { apolloClient, networkStatus } = createApolloClient({
  graphqlPath: env.graphqlPath,
  healthPath: env.healthPath,
  typePolicies: auditTypePolicies,
});
