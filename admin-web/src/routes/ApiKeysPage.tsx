import { Button, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiKeysView, CreateApiKeyModal } from '../features/api-keys';
import { PageHeader } from '../shared/ui/PageHeader';

export function ApiKeysPage() {
  const { t } = useTranslation('apiKeys');
  usePageTitle(t('documentTitle'));
  const [creating, { open, close }] = useDisclosure(false);
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button onClick={open} leftSection={<IconPlus size={18} />}>
            {t('create.open')}
          </Button>
        }
      />
      <ApiKeysView onCreate={open} />
      <CreateApiKeyModal opened={creating} onClose={close} />
    </Stack>
  );
}
