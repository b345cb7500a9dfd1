import { ForgotPasswordScreen } from '@plannivo/web-kit/auth';
import { LoginLayout } from '../features/auth';

export function ForgotPasswordPage() {
  return <ForgotPasswordScreen layout={LoginLayout} />;
}
