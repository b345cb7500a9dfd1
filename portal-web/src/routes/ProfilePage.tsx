import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../features/auth';
import { ProfileCard } from '../features/profile';
import { usePageTitle } from '../shared/hooks/usePageTitle';

export function ProfilePage() {
  const { t } = useTranslation('profile');
  usePageTitle(t('documentTitle'));
  const { user } = useCurrentUser();

  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 26, sm: 32 }}>
        {t('title')}
      </Title>
      {user && <ProfileCard user={user} />}
    </Stack>
  );
}
