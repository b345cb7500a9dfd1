import { LoginScreen } from '@plannivo/web-kit/auth';
import { LoginLayout } from '../features/auth';

export function LoginPage() {
  return <LoginScreen layout={LoginLayout} />;
}
