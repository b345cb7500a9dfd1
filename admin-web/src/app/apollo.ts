import { createApolloClient } from '@plannivo/web-kit/apollo';
import { env } from './env';

export const { apolloClient, networkStatus } = createApolloClient({
  graphqlPath: env.graphqlPath,
  healthPath: env.healthPath,
});
