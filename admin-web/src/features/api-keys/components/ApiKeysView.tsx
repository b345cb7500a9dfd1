import {
  ActionIcon,
  Alert,
  Button,
  EmptyState,
  Group,
  Skeleton,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNow } from '@plannivo/web-kit/time';
import { IconAlertTriangle, IconKey, IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyFieldsFragment } from '../../../gql/graphql';
import { useErrorText } from '@plannivo/web-kit/ui';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { ConfirmModal } from '../../../shared/ui/ConfirmModal';
import { ErrorState } from '../../../shared/ui/ErrorState';
import { ListPanel } from '../../../shared/ui/ListPanel';
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
            <Tooltip label={t('refresh')} withArrow>
              <ActionIcon
                variant="default"
                size="lg"
                onClick={list.retry}
                loading={list.refreshing}
                aria-label={t('refresh')}
              >
                <IconRefresh size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        }
      >
        {list.refreshError !== undefined && (
          <Alert color="red" radius={0} icon={<IconAlertTriangle size={18} />}>
            {errorMessage(list.refreshError)}
          </Alert>
        )}
        {list.error !== undefined ? (
          <ErrorState title={t('errorTitle')} error={list.error} onRetry={list.retry} />
        ) : list.loading ? (
          <Stack gap="sm" p="md" aria-hidden>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={36} radius="sm" />
            ))}
          </Stack>
        ) : list.keys.length === 0 ? (
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
        ) : (
          <Rows keys={list.keys} now={now} onRevoke={askRevoke} />
        )}
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
