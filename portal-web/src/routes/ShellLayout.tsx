import { ConsentGate, RequireAuth } from '@plannivo/web-kit/auth';
import { FullPageLoader } from '@plannivo/web-kit/ui';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isOnboardingPending, OnboardingFrame, useOnboardingStatus } from '../features/onboarding';
import { PortalLayout } from '../features/shell';
import { appPages } from './navigation';

const ONBOARDING_PATH = '/onboarding';

/**
 * Everything behind sign-in, behind the consent gate. Every role may use the portal. An
 * account with its onboarding still open (a new sign-up) goes to it first, on every visit
 * until it is finished or skipped.
 */
export function ShellLayout() {
  const { pathname } = useLocation();
  // Asked beside `me` rather than after it: the redirect costs no extra round trip.
  const onboarding = useOnboardingStatus();
  const onOnboarding = pathname === ONBOARDING_PATH;

  return (
    <RequireAuth>
      {(user) => {
        if (onboarding.loading) return <FullPageLoader />;
        if (!onOnboarding && isOnboardingPending(onboarding.step)) {
          return <Navigate to={ONBOARDING_PATH} replace />;
        }
        return (
          <>
            {onOnboarding ? (
              <OnboardingFrame>
                <Outlet />
              </OnboardingFrame>
            ) : (
              <PortalLayout user={user} navigation={appPages} />
            )}
            <ConsentGate />
          </>
        );
      }}
    </RequireAuth>
  );
}
