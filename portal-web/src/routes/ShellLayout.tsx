import { ConsentGate, RequireAuth } from '@plannivo/web-kit/auth';
import { PortalLayout } from '../features/shell';
import { appPages } from './navigation';

/** Everything behind sign-in, behind the consent gate. Every role may use the portal. */
export function ShellLayout() {
  return (
    <RequireAuth>
      {(user) => (
        <>
          <PortalLayout user={user} navigation={appPages} />
          <ConsentGate />
        </>
      )}
    </RequireAuth>
  );
}
