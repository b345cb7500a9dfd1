import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCurrentUser } from '../hooks/useCurrentUser';
import type { AuthLayout } from '../layout';
import { redirectTarget } from '../redirect';
import { LoginForm } from './LoginForm';

/**
 * The sign-in page's content inside the app's own frame (`layout`): someone already signed in
 * goes straight on; after signing in, people land on the page the guard sent them away from.
 * `footer` sits under the form (the portal's "Create an account").
 */
export function LoginScreen({
  layout: Layout,
  footer,
}: {
  layout: AuthLayout;
  footer?: ReactNode;
}) {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.documentTitle'));
  const { user } = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const target = redirectTarget(location.state);

  if (user) return <Navigate to={target} replace />;
  return (
    <Layout>
      <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
      {footer}
    </Layout>
  );
}
