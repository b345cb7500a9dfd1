import { Button, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconCalendarPlus, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocationList } from '../features/locations';
import { canAccess } from '../shared/lib/can';

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
      {user && canAccess(user.role, 'book') && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Button
            component={Link}
            to="/book"
            size="md"
            leftSection={<IconCalendarPlus size={18} />}
          >
            {t('book')}
          </Button>
          <Button
            component={Link}
            to="/bookings"
            size="md"
            variant="default"
            leftSection={<IconListDetails size={18} />}
          >
            {t('myBookings')}
          </Button>
        </SimpleGrid>
      )}
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('locationsTitle')}
        </Title>
        <LocationList />
      </Stack>
    </Stack>
  );
}
