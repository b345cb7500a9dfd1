import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { CurrentUserFragment } from '../../gql/graphql';
import { FullPageLoader } from '../../ui/FullPageLoader';
import { useCurrentUser } from '../hooks/useCurrentUser';
import type { LoginRedirectState } from '../redirect';
import { SessionError } from './SessionError';

/**
 * Renders `children(user)` for a signed-in user; anonymous visitors go to /login, remembering
 * where they were headed. `fallback` decides what a signed-in user who may not be here sees.
 */
export function RequireAuth({
  allow = () => true,
  fallback,
  children,
}: {
  allow?: (user: CurrentUserFragment) => boolean;
  fallback?: (user: CurrentUserFragment) => ReactNode;
  children: (user: CurrentUserFragment) => ReactNode;
}) {
  const location = useLocation();
  const { user, loading, error, refetch } = useCurrentUser();

  if (loading) return <FullPageLoader />;
  if (error)
    return <SessionError error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!user) {
    const state: LoginRedirectState = {
      from: `${location.pathname}${location.search}${location.hash}`,
    };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!allow(user)) return fallback?.(user) ?? null;
  return children(user);
}
