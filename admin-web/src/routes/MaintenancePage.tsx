import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { MaintenanceView } from '../features/maintenance';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/maintenance`: what the gear needs — services due, repairs, workshop time — and the rules. */
export function MaintenancePage() {
  const { t } = useTranslation('maintenance');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <MaintenanceView />
    </Stack>
  );
}
