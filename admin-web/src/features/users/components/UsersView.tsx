import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ListEmptyState, PagedListPanel } from '../../../shared/ui/PagedListPanel';
import { hasFilters } from '../filters';
import { useSetUserActive } from '../hooks/useSetUserActive';
import { useUserFilters } from '../hooks/useUserFilters';
import { useUsers } from '../hooks/useUsers';
import { userRefusal } from '../refusals';
import { EditUserDrawer } from './EditUserDrawer';
import { UsersFilters } from './UsersFilters';
import { UsersList } from './UsersList';
import { UsersTable } from './UsersTable';

/** Everyone who can sign in: filters in the URL, a page at a time, editing in a drawer. */
export function UsersView({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation('users');
  const errorMessage = useErrorText();
  const { filters, updateFilters, clearFilters } = useUserFilters();
  const list = useUsers(filters);
  const isDesk = useIsDesk();
  const [editing, setEditing] = useState<UserFieldsFragment | null>(null);
  const [drawerOpened, setDrawerOpened] = useState(false);
  const [deactivating, setDeactivating] = useState<UserFieldsFragment | null>(null);
  const status = useSetUserActive();

  const edit = (user: UserFieldsFragment) => {
    setEditing(user);
    setDrawerOpened(true);
  };

  const setActive = async (user: UserFieldsFragment, active: boolean) => {
    if (!active) {
      // Deactivating signs the person out everywhere: ask first, over a closed drawer.
      setDrawerOpened(false);
      status.reset();
      setDeactivating(user);
      return;
    }
    try {
      await status.setActive(user.id, true);
      notifications.show({ color: 'teal', message: t('reactivated', { name: user.name }) });
    } catch (caught) {
      notifications.show({
        color: 'red',
        title: t('reactivateFailed'),
        message: errorMessage(caught),
      });
    }
  };

  const confirmDeactivation = async () => {
    if (!deactivating) return;
    try {
      await status.setActive(deactivating.id, false);
      notifications.show({ color: 'teal', message: t('deactivated', { name: deactivating.name }) });
      setDeactivating(null);
    } catch {
      // Shown in the dialog from the mutation's error state.
    }
  };

  const refusal = status.error ? userRefusal(status.error) : undefined;
  const deactivationError =
    refusal === 'lastAdmin'
      ? t('deactivate.lastAdmin')
      : refusal === 'ownAccount'
        ? t('actions.cannotDeactivateSelf')
        : status.error
          ? errorMessage(status.error)
          : undefined;

  // The drawer shows the row as the cache has it now (after a reactivation, say).
  const editingUser = list.users.find((user) => user.id === editing?.id) ?? editing;
  const filtered = hasFilters(filters);
  const Rows = isDesk ? UsersTable : UsersList;

  return (
    <>
      <PagedListPanel
        ns="users"
        list={list}
        shownCount={list.users.length}
        filters={<UsersFilters filters={filters} onChange={updateFilters} onClear={clearFilters} />}
        empty={
          <ListEmptyState
            ns="users"
            filtered={filtered}
            icon={<IconUsers size={26} />}
            filteredIcon={<IconUserSearch size={26} />}
            actions={
              filtered && (
                <Button variant="default" onClick={clearFilters}>
                  {t('filters.clear')}
                </Button>
              )
            }
          />
        }
      >
        <Rows
          users={list.users}
          loading={list.loading}
          viewerId={viewerId}
          onEdit={edit}
          onSetActive={(user, active) => void setActive(user, active)}
        />
      </PagedListPanel>

      <EditUserDrawer
        key={editing?.id ?? 'none'}
        user={editingUser}
        opened={drawerOpened}
        viewerId={viewerId}
        fullScreen={!isDesk}
        onClose={() => setDrawerOpened(false)}
        onSetActive={(user, active) => void setActive(user, active)}
      />

      <ConfirmModal
        opened={deactivating !== null}
        title={t('deactivate.title', { name: deactivating?.name ?? '' })}
        confirmLabel={t('deactivate.confirm')}
        loading={status.loading}
        error={deactivationError}
        onConfirm={() => void confirmDeactivation()}
        onClose={() => setDeactivating(null)}
      >
        {t('deactivate.body')}
      </ConfirmModal>
    </>
  );
}
