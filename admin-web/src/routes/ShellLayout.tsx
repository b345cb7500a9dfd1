import { ConsentGate, RequireAuth, useConsentAcceptances } from '@plannivo/web-kit/auth';
import { StaffOnlyNotice } from '../features/auth';
import { LocationLiveUpdates } from '../features/locations';
import { AppLayout } from '../features/shell';
import { canAccess } from '../shared/lib/can';
import { appPages } from './navigation';

/**
 * Everything behind sign-in: staff only (students and customers are sent to the portal),
 * behind the consent gate, with live updates running while it is open.
 */
export function ShellLayout() {
  // The API refuses subscribing until consent is given: start the live updates again after.
  const consentAcceptances = useConsentAcceptances();
  return (
    <RequireAuth
      allow={(user) => canAccess(user.role, 'adminApp')}
      fallback={(user) => <StaffOnlyNotice user={user} />}
    >
      {(user) => (
        <>
          <LocationLiveUpdates key={consentAcceptances} />
          <AppLayout user={user} navigation={appPages} />
          <ConsentGate />
        </>
      )}
    </RequireAuth>
  );
}
