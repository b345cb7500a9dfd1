import { Button, Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateCustomerModal, CustomersView } from '../features/customers';
import { PageHeader } from '../shared/ui/PageHeader';

export function CustomersPage() {
  const { t } = useTranslation('customers');
  usePageTitle(t('documentTitle'));
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
            {t('create.open')}
          </Button>
        }
      />
      <CustomersView onCreate={() => setCreating(true)} />
      <CreateCustomerModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
