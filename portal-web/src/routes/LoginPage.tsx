import { Anchor, Center, Text } from '@mantine/core';
import { LoginScreen } from '@plannivo/web-kit/auth';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoginLayout } from '../features/auth';

export function LoginPage() {
  const { t } = useTranslation('auth');
  return (
    <LoginScreen
      layout={LoginLayout}
      footer={
        <Center mt="lg">
          <Text fz="sm" c="dimmed">
            {t('signup.newHere')}{' '}
            <Anchor component={Link} to="/signup" fw={600}>
              {t('signup.createAccount')}
            </Anchor>
          </Text>
        </Center>
      }
    />
  );
}
