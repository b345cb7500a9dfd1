import { Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { RoleBadge } from '../../../shared/ui/RoleBadge';
import { LastSignIn } from './LastSignIn';
import { PersonCell } from './PersonCell';
import { UserStatusBadge } from './UserStatusBadge';
import type { UsersViewProps } from './viewProps';

const SKELETON_ITEMS = 6;

/** The phone view: one tappable block per person; the drawer holds editing and the status. */
export function UsersList({ users, loading, viewerId, onEdit }: UsersViewProps) {
  const { t } = useTranslation('users');

  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: SKELETON_ITEMS }, (_, i) => (
          <Stack key={i} gap={8} p="md" style={{ borderTop: i ? rowBorder : undefined }}>
            <Skeleton height={14} width="55%" radius="sm" />
            <Skeleton height={10} width="75%" radius="sm" />
            <Skeleton height={18} width={120} radius="sm" />
          </Stack>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {users.map((user, i) => (
        <li key={user.id} style={{ borderTop: i ? rowBorder : undefined }}>
          <UnstyledButton
            w="100%"
            p="md"
            onClick={() => onEdit(user)}
            aria-label={t('actions.editNamed', { name: user.name })}
          >
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={8} miw={0} style={{ flex: 1 }}>
                <PersonCell
                  name={user.name}
                  email={user.email}
                  isViewer={user.id === viewerId}
                  dimmed={!user.active}
                />
                <Group gap={6}>
                  <RoleBadge role={user.role} size="sm" />
                  {!user.active && <UserStatusBadge active={false} />}
                </Group>
                <Group gap={4} wrap="nowrap">
                  <Text span fz="xs" c="dimmed">
                    {t('lastSignInLabel')}
                  </Text>
                  <LastSignIn iso={user.lastLoginAt} fz="xs" />
                </Group>
              </Stack>
              <IconChevronRight size={18} color="var(--mantine-color-dimmed)" aria-hidden />
            </Group>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
