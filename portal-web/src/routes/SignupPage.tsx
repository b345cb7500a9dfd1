import { Anchor, Center, Text } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { LoginLayout } from '../features/auth';
import { SignupForm } from '../features/signup';

/**
 * `/signup`. Someone signed in goes home; a new account goes on to the onboarding, once its
 * consents are recorded (the form makes the app see the new user only after that).
 */
export function SignupPage() {
  const { t } = useTranslation('auth');
  usePageTitle(t('signup.documentTitle'));
  const { user } = useCurrentUser();
  const navigate = useNavigate();

  if (user) return <Navigate to="/" replace />;
  return (
    <LoginLayout title={t('signup.title')} subtitle={t('signup.subtitle')}>
      <SignupForm onSuccess={() => void navigate('/onboarding', { replace: true })} />
      <Center mt="lg">
        <Text fz="sm" c="dimmed">
          {t('signup.haveAccount')}{' '}
          <Anchor component={Link} to="/login" fw={600}>
            {t('signup.signIn')}
          </Anchor>
        </Text>
      </Center>
    </LoginLayout>
  );
}
