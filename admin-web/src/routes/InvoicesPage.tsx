import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { InvoicesView } from '../features/invoices';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/finance/invoices`: every invoice and receipt of the school, with its PDF and a resend. */
export function InvoicesPage() {
  const { t } = useTranslation('invoices');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <InvoicesView />
    </Stack>
  );
}
