import { Button, Group, Stack, Title } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyBookingsView } from '../features/my-bookings';

export function MyBookingsPage() {
  const { t } = useTranslation('myBookings');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('title')}
        </Title>
        <Button component={Link} to="/book" size="sm" leftSection={<IconCalendarPlus size={16} />}>
          {t('book')}
        </Button>
      </Group>
      <MyBookingsView />
    </Stack>
  );
}
