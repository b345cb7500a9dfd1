import { Badge, Button, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useCurrentUser } from '@plannivo/web-kit/auth';
import { usePageTitle } from '@plannivo/web-kit/ui';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateLocationModal, LocationsTable } from '../features/locations';
import { canAccess } from '../shared/lib/can';

export function LocationsPage() {
  const { t } = useTranslation('locations');
  usePageTitle(t('documentTitle'));
  const { user } = useCurrentUser();
  const canRename = user !== null && canAccess(user.role, 'locations', 'update');
  const canCreate = user !== null && canAccess(user.role, 'locations', 'create');
  const [creating, setCreating] = useState(false);

  return (
    <Stack gap="xl" maw={1200}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('title')}</Title>
          <Text c="dimmed" mt={4} maw={640}>
            {t('subtitle')}
          </Text>
        </div>
        <Group gap="sm">
          <Tooltip label={t('liveHint')} withArrow multiline w={240}>
            <Badge variant="dot" color="teal" size="lg" radius="sm" tabIndex={0}>
              {t('live')}
            </Badge>
          </Tooltip>
          {canCreate && (
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
              {t('create.open')}
            </Button>
          )}
        </Group>
      </Group>
      <LocationsTable canRename={canRename} />
      {canCreate && <CreateLocationModal opened={creating} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
