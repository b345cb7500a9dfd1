import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { NetworkBanner } from '../apollo/NetworkBanner';
import type { NetworkStatusStore } from '../apollo/networkStatus';
import { theme } from './theme';

/**
 * Mounts the app on `#root`: Mantine with the Plannivo theme, Apollo, the network banner and
 * the router. `notifications` is the app's `<Notifications>` (each app places and loads it its
 * own way). Import Mantine's styles and start i18n before calling this.
 */
export function renderApp({
  apolloClient,
  networkStatus,
  router,
  notifications,
}: {
  apolloClient: ApolloClient;
  networkStatus: NetworkStatusStore;
  router: ReturnType<typeof createBrowserRouter>;
  notifications: ReactNode;
}): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');

  createRoot(container).render(
    <StrictMode>
      <MantineProvider theme={theme} defaultColorScheme="light">
        {notifications}
        <ApolloProvider client={apolloClient}>
          <NetworkBanner store={networkStatus} />
          <RouterProvider router={router} />
        </ApolloProvider>
      </MantineProvider>
    </StrictMode>,
  );
}
