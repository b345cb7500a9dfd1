import { Stack } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { RentalList } from '../features/rentals';
import { canAccess } from '../shared/lib/can';
import { PageHeader } from '../shared/ui/PageHeader';

export function RentalsPage() {
  const { t } = useTranslation('rentals');
  usePageTitle(t('list.documentTitle'));
  const { user: viewer } = useCurrentUser();
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <RentalList canCheckOut={viewer ? canAccess(viewer.role, 'rentals', 'create') : false} />
    </Stack>
  );
}
