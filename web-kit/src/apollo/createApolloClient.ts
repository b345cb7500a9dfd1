import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type TypePolicies,
} from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { tap } from 'rxjs';
import { reportConsentRequired } from '../auth/consentSignal';
import { isConsentRequired, isNetworkError } from '../errors';
import { createNetworkStatusStore, type NetworkStatusStore } from './networkStatus';
import { CLIENT_RESTART_CLOSE_CODE, isUnreachableClose, reconnectDelay, socketUrl } from './socket';

const HEALTH_TIMEOUT_MS = 5_000;
const KEEP_ALIVE_MS = 15_000;
const PONG_TIMEOUT_MS = 5_000;

export interface ApolloSetupOptions {
  /** Path of the GraphQL endpoint on the page's own origin, for HTTP and WebSocket: `/graphql`. */
  graphqlPath: string;
  /** Path that answers 200 while the API is up: `/healthz`. */
  healthPath: string;
  /** The app's cache policies, e.g. how a paginated field merges its pages. */
  typePolicies?: TypePolicies;
}

export interface ApolloSetup {
  apolloClient: ApolloClient;
  /** Feeds the "connection lost" banner. */
  networkStatus: NetworkStatusStore;
  wsClient: Client;
  /**
   * Reconnects the socket so the server sees the current session cookie (after login or
   * logout). Open subscriptions resubscribe on the new socket by themselves.
   */
  restartSocket: () => void;
}

/**
 * The app's one Apollo client: queries and mutations over HTTP, subscriptions over one
 * graphql-ws socket, both reporting to a network-status store. Call it once, at start-up:
 * the socket connects at once.
 */
export function createApolloClient({
  graphqlPath,
  healthPath,
  typePolicies,
}: ApolloSetupOptions): ApolloSetup {
  async function checkHealth(): Promise<boolean> {
    try {
      const response = await fetch(healthPath, {
        cache: 'no-store',
        signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
      });
      return response.ok;
    } catch {
      return false;
    }
  }

  const networkStatus = createNetworkStatusStore({ checkHealth });

  let activeSocket: WebSocket | undefined;
  let socketPhase: 'idle' | 'connecting' | 'connected' = 'idle';
  // A restart asked for while a socket was still connecting: that socket carries the old cookie.
  let restartWhenConnected = false;
  let pongTimeout: ReturnType<typeof setTimeout> | undefined;

  /**
   * One socket for the whole app, connected eagerly (`lazy: false`) so the banner knows its
   * state even with no subscription open, and retried forever with capped backoff.
   */
  const wsClient = createClient({
    url: () => socketUrl(window.location, graphqlPath),
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, reconnectDelay(retries))),
    // Without this, a fatal close would be logged as a console error; the banner covers it.
    onNonLazyError: () => undefined,
    // A phone that changes networks can leave a half-open socket that never closes: ping it
    // and drop it when the pong does not come back.
    keepAlive: KEEP_ALIVE_MS,
    on: {
      connecting: () => {
        socketPhase = 'connecting';
      },
      connected: (socket, _payload, wasRetry) => {
        activeSocket = socket as WebSocket;
        socketPhase = 'connected';
        if (restartWhenConnected) {
          restartWhenConnected = false;
          activeSocket.close(CLIENT_RESTART_CLOSE_CODE, 'Client Restart');
          return;
        }
        networkStatus.reportSocketConnected();
        // graphql-ws has no replay: whatever changed while the socket was away is fetched again.
        if (wasRetry) refetchActiveQueries();
      },
      ping: (received) => {
        if (!received) pongTimeout = setTimeout(() => wsClient.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimeout);
      },
      closed: (event) => {
        activeSocket = undefined;
        socketPhase = 'idle';
        clearTimeout(pongTimeout);
        if (isUnreachableClose(event)) networkStatus.reportSocketLost();
      },
    },
  });

  function restartSocket(): void {
    if (socketPhase === 'connected' && activeSocket?.readyState === WebSocket.OPEN) {
      activeSocket.close(CLIENT_RESTART_CLOSE_CODE, 'Client Restart');
    } else if (socketPhase === 'connecting') {
      restartWhenConnected = true;
    }
  }

  /** Reports every HTTP answer (or its absence) to the network-status store. */
  const httpStatusLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: () => networkStatus.reportHttpSuccess(),
        error: (error: unknown) => {
          if (isNetworkError(error)) networkStatus.reportHttpFailure();
          else networkStatus.reportHttpSuccess();
        },
      }),
    ),
  );

  /**
   * Any answer refused for missing consent (a new TERMS or PRIVACY version was published
   * mid-session) wakes the consent gate, whichever page asked.
   */
  const consentLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: (result) => {
          if (result.errors && isConsentRequired({ errors: result.errors })) {
            reportConsentRequired();
          }
        },
        error: (error: unknown) => {
          if (isConsentRequired(error)) reportConsentRequired();
        },
      }),
    ),
  );

  const httpLink = ApolloLink.from([
    httpStatusLink,
    // The API sets an httpOnly session cookie on login; same-origin sends it back.
    new HttpLink({ uri: graphqlPath, credentials: 'same-origin' }),
  ]);

  const apolloClient = new ApolloClient({
    link: ApolloLink.from([
      consentLink,
      ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(wsClient),
        httpLink,
      ),
    ]),
    cache: new InMemoryCache({ typePolicies }),
  });

  function refetchActiveQueries() {
    apolloClient.refetchObservableQueries().catch(() => undefined);
  }

  // Back from an outage (HTTP or socket): refresh what is on screen.
  networkStatus.onReconnect(refetchActiveQueries);

  // Login and logout clear the store: that is also when the socket must pick up the new cookie.
  apolloClient.onClearStore(async () => restartSocket());

  return { apolloClient, networkStatus, wsClient, restartSocket };
}
