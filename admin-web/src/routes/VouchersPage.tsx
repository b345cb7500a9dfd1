import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { VouchersView } from '../features/packages';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/finance/vouchers`: credit vouchers and gift packages with their codes. */
export function VouchersPage() {
  const { t } = useTranslation('packages');
  usePageTitle(t('vouchers.documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('vouchers.title')} subtitle={t('vouchers.subtitle')} />
      <VouchersView />
    </Stack>
  );
}
