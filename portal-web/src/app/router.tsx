import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireResource } from '../features/auth';
import { appPages, type AppPage } from '../routes/navigation';
import { RouteErrorPage } from '../routes/RouteErrorPage';
import { FullPageLoader } from '../shared/ui/FullPageLoader';
import { env } from './env';

/** A signed-in page: its code loads on first visit, behind the role check of its entry. */
function pageRoute(page: AppPage): RouteObject {
  const lazy = async () => {
    const Page = await page.load();
    return {
      Component: () => (
        <RequireResource resource={page.resource}>
          <Page />
        </RequireResource>
      ),
    };
  };
  return page.path === '/' ? { index: true, lazy } : { path: page.path.slice(1), lazy };
}

export const router = createBrowserRouter(
  [
    {
      HydrateFallback: FullPageLoader,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          path: 'login',
          lazy: () => import('../routes/LoginPage').then((m) => ({ Component: m.LoginPage })),
        },
        {
          path: '/',
          lazy: () => import('../routes/ShellLayout').then((m) => ({ Component: m.ShellLayout })),
          children: appPages.map(pageRoute),
        },
        {
          path: '*',
          lazy: () => import('../routes/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })),
        },
      ],
    },
  ],
  { basename: env.basePath },
);
