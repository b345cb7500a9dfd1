import { Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { FxRatesView } from '../features/wallet';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/finance/fx-rates`: dated exchange rates for wallet conversions, and entering one. */
export function FxRatesPage() {
  const { t } = useTranslation('payments');
  usePageTitle(t('fx.documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader title={t('fx.title')} subtitle={t('fx.subtitle')} />
      <FxRatesView />
    </Stack>
  );
}
