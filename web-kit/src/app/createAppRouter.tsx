import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAccess } from '../auth/components/RequireAccess';
import type { Role } from '../gql/graphql';
import { CrashScreen } from '../ui/CrashScreen';
import { FullPageLoader } from '../ui/FullPageLoader';

type LoadComponent = () => Promise<ComponentType>;

/** A signed-in page of an app: where it lives, what it needs, and its lazily loaded code. */
export interface AppPageRoute<Resource extends string> {
  /** Absolute path inside the app (`/`, `/locations`). */
  path: string;
  /** What the page shows, for the app's `canAccess(role, resource)`. */
  resource: Resource;
  /** The page component, loaded on first visit. */
  load: LoadComponent;
}

/** A page anyone may open, signed in or not, outside the shell (`/reset-password`). */
export interface PublicPageRoute {
  /** Absolute path inside the app. */
  path: string;
  load: LoadComponent;
}

export interface AppRouterOptions<Resource extends string> {
  /** Where the app is mounted, without a trailing slash: `/admin`. */
  basePath: string;
  /** The signed-in pages, rendered in the shell's `<Outlet />`. */
  pages: readonly AppPageRoute<Resource>[];
  /** The app's access table: a page the role may not read shows a "no access" notice. */
  canAccess: (role: Role, resource: Resource) => boolean;
  /** The sign-in page (`/login`). */
  login: LoadComponent;
  /** Other pages without sign-in: forgot and reset password, sign-up, invitations. */
  publicPages?: readonly PublicPageRoute[];
  /** The signed-in frame (auth guard, navigation) around the pages. */
  shell: LoadComponent;
}

/**
 * The routes every app has: `/login` and the app's other public pages, the signed-in shell
 * with the app's pages, and a not-found page for anything else. Every page's code loads on
 * first visit.
 */
export function createAppRouter<Resource extends string>({
  basePath,
  pages,
  canAccess,
  login,
  publicPages = [],
  shell,
}: AppRouterOptions<Resource>) {
  /** A signed-in page: its code loads on first visit, behind the role check of its entry. */
  function pageRoute(page: AppPageRoute<Resource>): RouteObject {
    const lazy = async () => {
      const Page = await page.load();
      return {
        Component: () => (
          <RequireAccess allow={(user) => canAccess(user.role, page.resource)}>
            <Page />
          </RequireAccess>
        ),
      };
    };
    return page.path === '/' ? { index: true, lazy } : { path: page.path.slice(1), lazy };
  }

  return createBrowserRouter(
    [
      {
        HydrateFallback: FullPageLoader,
        ErrorBoundary: CrashScreen,
        children: [
          { path: 'login', lazy: () => login().then((Component) => ({ Component })) },
          ...publicPages.map((page): RouteObject => ({
            path: page.path.replace(/^\//, ''),
            lazy: () => page.load().then((Component) => ({ Component })),
          })),
          {
            path: '/',
            lazy: () => shell().then((Component) => ({ Component })),
            children: pages.map(pageRoute),
          },
          {
            path: '*',
            lazy: () =>
              import('../ui/NotFoundScreen').then((m) => ({ Component: m.NotFoundScreen })),
          },
        ],
      },
    ],
    { basename: basePath },
  );
}
