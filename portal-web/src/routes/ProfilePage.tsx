import { Stack, Title } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { ProfileCard } from '../features/profile';

export function ProfilePage() {
  const { t } = useTranslation('profile');
  usePageTitle(t('documentTitle'));
  const { user } = useCurrentUser();

  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 26, sm: 32 }}>
        {t('title')}
      </Title>
      {user && <ProfileCard user={user} securityPath="/profile/security" />}
    </Stack>
  );
}
