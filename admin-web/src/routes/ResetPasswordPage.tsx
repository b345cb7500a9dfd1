import { ResetPasswordScreen } from '@plannivo/web-kit/auth';
import { LoginLayout } from '../features/auth';

export function ResetPasswordPage() {
  return <ResetPasswordScreen layout={LoginLayout} />;
}
