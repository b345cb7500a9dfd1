import { Stack } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { AgendaView } from '../features/agenda';
import { PageHeader } from '../shared/ui/PageHeader';

export function AgendaPage() {
  const { t } = useTranslation('agenda');
  const { user } = useCurrentUser();
  const management = user?.role === 'ADMIN' || user?.role === 'MANAGER';
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader
        title={management ? t('titleManagement') : t('title')}
        subtitle={management ? t('subtitleManagement') : t('subtitle')}
      />
      <AgendaView />
    </Stack>
  );
}
