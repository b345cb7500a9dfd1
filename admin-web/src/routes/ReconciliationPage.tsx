import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { ReconciliationView } from '../features/reconciliation';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/finance/reconciliation`: the gaps the reconciliation found in the money records, and their resolution. */
export function ReconciliationPage() {
  const { t } = useTranslation('reconciliation');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <ReconciliationView />
    </Stack>
  );
}
