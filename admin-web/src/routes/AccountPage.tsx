import { Grid, Stack } from '@mantine/core';
import { ChangePasswordPanel, SignedInDevicesPanel } from '@plannivo/web-kit/account';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shared/ui/PageHeader';

/** The signed-in staff member's own account: signed-in devices and the password. */
export function AccountPage() {
  const { t } = useTranslation('account');
  usePageTitle(t('page.documentTitle'));
  return (
    <Stack gap="xl" maw={1200}>
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <SignedInDevicesPanel />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ChangePasswordPanel />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
