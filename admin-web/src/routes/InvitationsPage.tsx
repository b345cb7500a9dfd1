import { Button, Stack } from '@mantine/core';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InvitationsView, InviteStaffModal, useInviteDialog } from '../features/invitations';
import { PageHeader } from '../shared/ui/PageHeader';

export function InvitationsPage() {
  const { t } = useTranslation('invitations');
  usePageTitle(t('documentTitle'));
  const dialog = useInviteDialog();
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button onClick={dialog.open} leftSection={<IconMailForward size={18} />}>
            {t('inviteStaff')}
          </Button>
        }
      />
      <InvitationsView onInvite={dialog.open} />
      <InviteStaffModal opened={dialog.opened} onClose={dialog.close} />
    </Stack>
  );
}
