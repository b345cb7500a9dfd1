import './styles';
import './i18n';
import { renderApp } from '@plannivo/web-kit/app';
import { lazy, Suspense } from 'react';
import { apolloClient, networkStatus } from './apollo';
import { router } from './router';

// Toasts are rare (a failed save): their component loads after the first paint. The
// `notifications` store works before it mounts and shows what was queued once it does.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

renderApp({
  apolloClient,
  networkStatus,
  router,
  notifications: (
    <Suspense fallback={null}>
      <Notifications position="top-center" />
    </Suspense>
  ),
});
