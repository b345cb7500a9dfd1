import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './i18n';
import { Notifications } from '@mantine/notifications';
import { renderApp } from '@plannivo/web-kit/app';
import { apolloClient, networkStatus } from './apollo';
import { router } from './router';

renderApp({
  apolloClient,
  networkStatus,
  router,
  notifications: <Notifications position="top-right" />,
});
