import { Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { LocationList } from '../features/locations';

export function HomePage() {
  const { t } = useTranslation('home');
  usePageTitle(t('documentTitle'));
  const { user } = useCurrentUser();
  const firstName = user?.name.trim().split(/\s+/)[0] ?? '';

  return (
    <Stack gap="xl">
      <div>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('greeting', { name: firstName })}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('subtitle')}
        </Text>
      </div>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('locationsTitle')}
        </Title>
        <LocationList />
      </Stack>
    </Stack>
  );
}
