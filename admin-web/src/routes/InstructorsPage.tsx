import { Button, Stack } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateInstructorModal, InstructorsView } from '../features/instructors';
import { canAccess } from '../shared/lib/can';
import { PageHeader } from '../shared/ui/PageHeader';

/** `/instructors`: the school's instructors, for management. */
export function InstructorsPage() {
  const { t } = useTranslation('instructors');
  usePageTitle(t('documentTitle'));
  const { user } = useCurrentUser();
  const canCreate = user !== null && canAccess(user.role, 'instructors', 'update');
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="xl" maw={1400}>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          canCreate && (
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
              {t('create.open')}
            </Button>
          )
        }
      />
      <InstructorsView onCreate={canCreate ? () => setCreating(true) : undefined} />
      <CreateInstructorModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
