import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocationCardGrid } from '../features/locations';

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  usePageTitle(t('documentTitle'));
  const { user } = useCurrentUser();
  const firstName = user?.name.trim().split(/\s+/)[0] ?? '';

  return (
    <Stack gap="xl" maw={1200}>
      <div>
        <Title order={1}>{t('welcome', { name: firstName })}</Title>
        <Text c="dimmed" mt={4}>
          {t('subtitle')}
        </Text>
      </div>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="h3">
            {t('locationsTitle')}
          </Title>
          <Button
            component={Link}
            to="/locations"
            variant="subtle"
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            {t('manageLocations')}
          </Button>
        </Group>
        <LocationCardGrid />
      </Stack>
    </Stack>
  );
}
