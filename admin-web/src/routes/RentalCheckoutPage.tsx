import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { CheckOutFlow } from '../features/rentals';
import { PageHeader } from '../shared/ui/PageHeader';

export function RentalCheckoutPage() {
  const { t } = useTranslation('rentals');
  usePageTitle(t('checkout.documentTitle'));
  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader title={t('checkout.title')} subtitle={t('checkout.subtitle')} />
      <CheckOutFlow />
    </Stack>
  );
}
