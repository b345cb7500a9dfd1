import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { usePageTitle } from '../../ui/usePageTitle';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { redirectTarget } from '../redirect';
import { LoginForm } from './LoginForm';

/**
 * The sign-in page's content inside the app's own frame (`layout`): someone already signed in
 * goes straight on; after signing in, people land on the page the guard sent them away from.
 */
export function LoginScreen({
  layout: Layout,
}: {
  layout: ComponentType<{ children: ReactNode }>;
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
    </Layout>
  );
}
