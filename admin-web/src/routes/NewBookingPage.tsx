import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { BookingWizard } from '../features/booking-wizard';
import { PageHeader } from '../shared/ui/PageHeader';

export function NewBookingPage() {
  const { t } = useTranslation('bookingWizard');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <BookingWizard />
    </Stack>
  );
}
