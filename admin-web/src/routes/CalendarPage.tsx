import { Button, Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CalendarView } from '../features/calendar';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/calendar`: the bookings of a location by instructor, day or week, live. */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  usePageTitle(t('documentTitle'));
  const [search] = useSearchParams();
  const location = search.get('location');
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button
            component={Link}
            to={location ? `/calendar/archived?location=${location}` : '/calendar/archived'}
            variant="default"
            leftSection={<IconArchive size={18} aria-hidden />}
          >
            {t('archivedLink')}
          </Button>
        }
      />
      <CalendarView />
    </Stack>
  );
}
