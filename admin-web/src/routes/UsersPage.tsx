import { Button, Stack } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { UsersView } from '../features/users';
import { PageHeader } from '../shared/ui/PageHeader';

export function UsersPage() {
  const { t } = useTranslation('users');
  usePageTitle(t('documentTitle'));
  const { user } = useCurrentUser();
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button
            component={Link}
            to="/invitations?invite=1"
            leftSection={<IconMailForward size={18} />}
          >
            {t('inviteStaff')}
          </Button>
        }
      />
      {user && <UsersView viewerId={user.id} />}
    </Stack>
  );
}
