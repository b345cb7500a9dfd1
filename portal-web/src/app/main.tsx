import './styles';
import './i18n';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { NetworkBanner } from '../shared/ui/NetworkBanner';
import { apolloClient, networkStatus } from './apollo';
import { router } from './router';
import { theme } from './theme';

// Toasts are rare (a failed save): their component loads after the first paint. The
// `notifications` store works before it mounts and shows what was queued once it does.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Suspense fallback={null}>
        <Notifications position="top-center" />
      </Suspense>
      <ApolloProvider client={apolloClient}>
        <NetworkBanner store={networkStatus} />
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
