export {
  createApolloClient,
  type ApolloSetup,
  type ApolloSetupOptions,
} from './createApolloClient';
export { NetworkBanner } from './NetworkBanner';
export {
  createNetworkStatusStore,
  type NetworkSnapshot,
  type NetworkStatusStore,
} from './networkStatus';
export { useNetworkStatus } from './useNetworkStatus';
