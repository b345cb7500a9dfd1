import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { ImportsView } from '../features/imports';
import { PageHeader } from '../shared/ui/PageHeader';

export function ImportsPage() {
  const { t } = useTranslation('imports');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ImportsView />
    </Stack>
  );
}
