import { Stack, Title } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { MyDocumentsSection } from '../features/documents';
import { MyProfile } from '../features/profile';

export function ProfilePage() {
  const { t } = useTranslation('profile');
  usePageTitle(t('documentTitle'));

  return (
    <Stack gap="lg">
      <Title order={1} fz={{ base: 26, sm: 32 }}>
        {t('title')}
      </Title>
      <MyProfile securityPath="/profile/security" extraSections={<MyDocumentsSection />} />
    </Stack>
  );
}
