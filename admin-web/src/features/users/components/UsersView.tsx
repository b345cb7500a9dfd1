import { Button, EmptyState, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserSearch, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
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
  const showRows = !list.error && (list.loading || list.users.length > 0);
  const Rows = isDesk ? UsersTable : UsersList;

  return (
    <>
      <ListPanel
        toolbar={
          <Group justify="space-between" align="flex-end" gap="md">
            <UsersFilters filters={filters} onChange={updateFilters} onClear={clearFilters} />
            <Group gap="xs" wrap="nowrap" mb={4} ml="auto">
              {!list.loading && !list.error && (
                <Text fw={600} fz="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
                  {t('count', { count: list.totalCount })}
                </Text>
              )}
              <RefreshButton label={t('refresh')} onClick={list.retry} loading={list.refreshing} />
            </Group>
          </Group>
        }
        footer={
          showRows && !list.loading ? (
            <Group justify="space-between" gap="sm">
              <Text fz="sm" c="dimmed">
                {t('shown', { shown: list.users.length, total: list.totalCount })}
              </Text>
              <Group gap="sm">
                {list.loadMoreError !== undefined && (
                  <Text fz="sm" c="red" role="alert">
                    {t('loadMoreFailed')} {errorMessage(list.loadMoreError)}
                  </Text>
                )}
                {list.hasMore && (
                  <Button
                    variant="default"
                    onClick={() => void list.loadMore()}
                    loading={list.loadingMore}
                  >
                    {t('loadMore')}
                  </Button>
                )}
              </Group>
            </Group>
          ) : undefined
        }
      >
        <ListContent
          list={list}
          errorTitle={t('errorTitle')}
          isEmpty={!list.loading && list.users.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={filtered ? <IconUserSearch size={26} /> : <IconUsers size={26} />}
              title={filtered ? t('noMatches.title') : t('empty.title')}
              description={filtered ? t('noMatches.body') : t('empty.body')}
            >
              {filtered && (
                <EmptyState.Actions>
                  <Button variant="default" onClick={clearFilters}>
                    {t('filters.clear')}
                  </Button>
                </EmptyState.Actions>
              )}
            </EmptyState>
          }
        >
          <Rows
            users={list.users}
            loading={list.loading}
            viewerId={viewerId}
            onEdit={edit}
            onSetActive={(user, active) => void setActive(user, active)}
          />
        </ListContent>
      </ListPanel>

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
