import { Button, Center, Loader } from '@mantine/core';
import { ErrorAlert, usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { OnboardingWizard, useOnboarding } from '../features/onboarding';

/** `/onboarding`: the guided set-up after sign-up, resumed at the step saved last. */
export function OnboardingPage() {
  const { t } = useTranslation('onboarding');
  usePageTitle(t('documentTitle'));
  const { me, loading, error, refetch } = useOnboarding();

  if (loading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (error) {
    return (
      <ErrorAlert error={error} title={t('loadFailed')}>
        <Button
          variant="light"
          color="red"
          size="compact-sm"
          mt="xs"
          onClick={() => void refetch().catch(() => undefined)}
        >
          {t('retry')}
        </Button>
      </ErrorAlert>
    );
  }
  if (!me) return <Navigate to="/" replace />;
  return <OnboardingWizard me={me} />;
}
