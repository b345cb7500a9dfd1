import { Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { ReceiptsView } from '../features/receipts';

/** `/receipts`: the student's receipts and invoices, each with its PDF. */
export function ReceiptsPage() {
  const { t } = useTranslation('receipts');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('title')}
        </Title>
        <Text c="dimmed">{t('subtitle')}</Text>
      </Stack>
      <ReceiptsView />
    </Stack>
  );
}
