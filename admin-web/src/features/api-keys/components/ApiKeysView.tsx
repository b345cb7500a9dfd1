import { Button, EmptyState, Group, Skeleton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNow } from '@plannivo/web-kit/time';
import { IconKey, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ListContent } from '../../../shared/ui/ListContent';
import { ListPanel } from '../../../shared/ui/ListPanel';
import { RefreshButton } from '../../../shared/ui/RefreshButton';
import { useApiKeys, useRevokeApiKey } from '../hooks/useApiKeys';
import { apiKeyStatus } from '../keys';
import { ApiKeysList } from './ApiKeysList';
import { ApiKeysTable } from './ApiKeysTable';

/** Every key with what it may do and when it was last used; revoking asks first. */
export function ApiKeysView({ onCreate }: { onCreate: () => void }) {
  const { t } = useTranslation('apiKeys');
  const errorMessage = useErrorText();
  const isDesk = useIsDesk();
  const now = useNow(60_000);
  const list = useApiKeys();
  const revocation = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);

  const askRevoke = (key: ApiKeyFieldsFragment) => {
    revocation.reset();
    setRevoking(key);
  };
  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revocation.revoke(revoking.id);
      notifications.show({ color: 'teal', message: t('revoke.done', { name: revoking.name }) });
      setRevoking(null);
    } catch {
      // Shown in the dialog.
    }
  };

  const active = list.keys.filter((key) => apiKeyStatus(key, now) === 'ACTIVE').length;
  const Rows = isDesk ? ApiKeysTable : ApiKeysList;

  return (
    <>
      <ListPanel
        toolbar={
          <Group justify="space-between" gap="md">
            <Text fw={600} fz="sm" aria-live="polite">
              {list.loading || list.error
                ? t('title')
                : t('count', { count: list.keys.length, active })}
            </Text>
            <RefreshButton label={t('refresh')} onClick={list.retry} loading={list.refreshing} />
          </Group>
        }
      >
        <ListContent
          list={list}
          errorTitle={t('errorTitle')}
          isEmpty={!list.loading && list.keys.length === 0}
          empty={
            <EmptyState
              py={56}
              withIndicatorBackground
              icon={<IconKey size={26} />}
              title={t('empty.title')}
              description={t('empty.body')}
            >
              <EmptyState.Actions>
                <Button onClick={onCreate} leftSection={<IconPlus size={16} />}>
                  {t('create.open')}
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          }
        >
          {list.loading ? (
            <Stack gap="sm" p="md" aria-hidden>
              {[0, 1, 2].map((i) => (
                <Skeleton key={i} height={36} radius="sm" />
              ))}
            </Stack>
          ) : (
            <Rows keys={list.keys} now={now} onRevoke={askRevoke} />
          )}
        </ListContent>
      </ListPanel>

      <ConfirmModal
        opened={revoking !== null}
        title={t('revoke.title', { name: revoking?.name ?? '' })}
        confirmLabel={t('revoke.confirm')}
        loading={revocation.loading}
        error={revocation.error ? errorMessage(revocation.error) : undefined}
        onConfirm={() => void confirmRevoke()}
        onClose={() => setRevoking(null)}
      >
        {t('revoke.body')}
      </ConfirmModal>
    </>
  );
}
