import { Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { AuditLogView } from '../features/audit';

export function AuditLogPage() {
  const { t } = useTranslation('audit');
  usePageTitle(t('documentTitle'));
  return (
    <Stack gap="xl" maw={1400}>
      <div>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed" mt={4} maw={720}>
          {t('subtitle')}
        </Text>
      </div>
      <AuditLogView />
    </Stack>
  );
}
