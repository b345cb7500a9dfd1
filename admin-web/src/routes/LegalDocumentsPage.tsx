import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { LegalDocumentsView } from '../features/legal';
import { PageHeader } from '../shared/ui/PageHeader';

export function LegalDocumentsPage() {
  const { t } = useTranslation('legal');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <LegalDocumentsView />
    </Stack>
  );
}
