import { ActionIcon, Button, Group, Menu, Skeleton, Table } from '@mantine/core';
import { IconDots, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LocationNames } from '../../../shared/ui/LocationNames';
import { RoleBadge } from '../../../shared/ui/RoleBadge';
import { DataTable, SkeletonLine } from '../../../shared/ui/DataTable';
import { LastSignIn } from './LastSignIn';
import { PersonCell } from './PersonCell';
import { UserStatusBadge } from './UserStatusBadge';
import type { UsersViewProps } from './viewProps';

const SKELETON_ROWS = 8;

/** The desk view: one row per person, editing and the account's status at the row's end. */
export function UsersTable({ users, loading, viewerId, onEdit, onSetActive }: UsersViewProps) {
  const { t } = useTranslation('users');

  return (
    <DataTable
      minWidth={860}
      highlightOnHover={!loading}
      skeletonRows={SKELETON_ROWS}
      loading={loading}
      rows={users}
      columns={[
        {
          label: t('columns.person'),
          skeleton: (
            <Group gap="sm" wrap="nowrap">
              <Skeleton height={36} circle />
              <div style={{ flex: 1 }}>
                <Skeleton height={12} width="60%" radius="sm" mb={6} />
                <SkeletonLine height={10} width="80%" />
              </div>
            </Group>
          ),
        },
        { label: t('columns.role'), w: 130, skeleton: <SkeletonLine height={20} width={90} /> },
        { label: t('columns.locations'), w: 180, skeleton: <SkeletonLine width="70%" /> },
        { label: t('columns.lastSignIn'), w: 130, skeleton: <SkeletonLine width="60%" /> },
        { label: t('columns.status'), w: 120, skeleton: <SkeletonLine height={20} width={80} /> },
        { label: t('columns.actions'), hiddenLabel: true, w: 150 },
      ]}
      renderRow={(user) => {
        const isViewer = user.id === viewerId;
        return (
          <Table.Tr key={user.id}>
            <Table.Td>
              <PersonCell
                name={user.name}
                email={user.email}
                isViewer={isViewer}
                dimmed={!user.active}
              />
            </Table.Td>
            <Table.Td>
              <RoleBadge role={user.role} />
            </Table.Td>
            <Table.Td>
              <LocationNames locations={user.locations} />
            </Table.Td>
            <Table.Td>
              <LastSignIn iso={user.lastLoginAt} />
            </Table.Td>
            <Table.Td>
              <UserStatusBadge active={user.active} />
            </Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPencil size={14} />}
                  onClick={() => onEdit(user)}
                  aria-label={t('actions.editNamed', { name: user.name })}
                >
                  {t('actions.edit')}
                </Button>
                <Menu position="bottom-end" withinPortal shadow="md">
                  <Menu.Target>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('actions.more', { name: user.name })}
                    >
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {user.active ? (
                      <Menu.Item
                        color="red"
                        leftSection={<IconUserOff size={16} />}
                        disabled={isViewer}
                        onClick={() => onSetActive(user, false)}
                      >
                        {isViewer ? t('actions.cannotDeactivateSelf') : t('actions.deactivate')}
                      </Menu.Item>
                    ) : (
                      <Menu.Item
                        leftSection={<IconUserCheck size={16} />}
                        onClick={() => onSetActive(user, true)}
                      >
                        {t('actions.reactivate')}
                      </Menu.Item>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      }}
    />
  );
}
