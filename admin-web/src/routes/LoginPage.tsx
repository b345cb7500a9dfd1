import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LoginForm, LoginLayout, redirectTarget, useCurrentUser } from '../features/auth';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function LoginPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('login.documentTitle'));
  const { user } = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const target = redirectTarget(location.state);

  if (user) return <Navigate to={target} replace />;
  return (
    <LoginLayout>
      <LoginForm onSuccess={() => void navigate(target, { replace: true })} />
    </LoginLayout>
  );
}
