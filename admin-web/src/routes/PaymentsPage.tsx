import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { PaymentsView } from '../features/payments';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/finance/payments`: every payment, top-up, sale and refund, with receipts and refunds. */
export function PaymentsPage() {
  const { t } = useTranslation('payments');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <PaymentsView />
    </Stack>
  );
}
