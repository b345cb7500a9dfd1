import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { ArchivedBookingsView } from '../features/calendar';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/calendar/archived`: bookings taken off the calendar, to restore. */
export function ArchivedBookingsPage() {
  const { t } = useTranslation('calendar');
  usePageTitle(t('archived.documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('archived.title')} subtitle={t('archived.subtitle')} />
      <ArchivedBookingsView />
    </Stack>
  );
}
