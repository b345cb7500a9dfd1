import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { FinanceView } from '../features/finance';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/finance`: revenue against booking value, receivables, utilisation and conversion. */
export function FinancePage() {
  const { t } = useTranslation('finance');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <FinanceView />
    </Stack>
  );
}
