import { Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { PackagesView } from '../features/packages';

/** `/packages`: the hours left in the student's packages, until when, and a code to redeem. */
export function PackagesPage() {
  const { t } = useTranslation('packages');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('title')}
        </Title>
        <Text c="dimmed">{t('subtitle')}</Text>
      </Stack>
      <PackagesView />
    </Stack>
  );
}
