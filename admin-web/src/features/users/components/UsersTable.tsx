import { ActionIcon, Button, Group, Menu, Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { IconDots, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LocationNames } from '../../../shared/ui/LocationNames';
import { RoleBadge } from '../../../shared/ui/RoleBadge';
import { dataTableStyles } from '../../../shared/ui/tableStyles';
import { LastSignIn } from './LastSignIn';
import { PersonCell } from './PersonCell';
import { UserStatusBadge } from './UserStatusBadge';
import type { UsersViewProps } from './viewProps';

const SKELETON_ROWS = 8;

/** The desk view: one row per person, editing and the account's status at the row's end. */
export function UsersTable({ users, loading, viewerId, onEdit, onSetActive }: UsersViewProps) {
  const { t } = useTranslation('users');

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table
        layout="fixed"
        highlightOnHover={!loading}
        verticalSpacing={10}
        horizontalSpacing="md"
        styles={dataTableStyles}
      >
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>{t('columns.person')}</Table.Th>
            <Table.Th w={130}>{t('columns.role')}</Table.Th>
            <Table.Th w={180}>{t('columns.locations')}</Table.Th>
            <Table.Th w={130}>{t('columns.lastSignIn')}</Table.Th>
            <Table.Th w={120}>{t('columns.status')}</Table.Th>
            <Table.Th w={150}>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading
            ? Array.from({ length: SKELETON_ROWS }, (_, i) => <SkeletonRow key={i} />)
            : users.map((user) => {
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
                                {isViewer
                                  ? t('actions.cannotDeactivateSelf')
                                  : t('actions.deactivate')}
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
              })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SkeletonRow() {
  return (
    <Table.Tr aria-hidden>
      <Table.Td>
        <Group gap="sm" wrap="nowrap">
          <Skeleton height={36} circle />
          <div style={{ flex: 1 }}>
            <Skeleton height={12} width="60%" radius="sm" mb={6} />
            <Skeleton height={10} width="80%" radius="sm" />
          </div>
        </Group>
      </Table.Td>
      <Table.Td>
        <Skeleton height={20} width={90} radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="70%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="60%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={20} width={80} radius="sm" />
      </Table.Td>
      <Table.Td />
    </Table.Tr>
  );
}
