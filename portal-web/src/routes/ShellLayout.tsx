import { RequireAuth } from '@plannivo/web-kit/auth';
import { PortalLayout } from '../features/shell';
import { appPages } from './navigation';

/** Everything behind sign-in. Every role may use the portal. */
export function ShellLayout() {
  return <RequireAuth>{(user) => <PortalLayout user={user} navigation={appPages} />}</RequireAuth>;
}
