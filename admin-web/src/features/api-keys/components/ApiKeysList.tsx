import { Button, Group, Stack, Text } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InstantText } from '../../../shared/ui/InstantText';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { apiKeyStatus } from '../keys';
import { ApiKeyStatusBadge, ScopeBadges } from './KeyBadges';
import { KeyPrefix } from './KeyPrefix';
import type { ApiKeysViewProps } from './viewProps';

/** The phone view: one block per key with its dates stacked. */
export function ApiKeysList({ keys, now, onRevoke }: ApiKeysViewProps) {
  const { t } = useTranslation('apiKeys');
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {keys.map((key, i) => {
        const status = apiKeyStatus(key, now);
        return (
          <Stack
            component="li"
            key={key.id}
            gap={8}
            p="md"
            style={{ borderTop: i ? rowBorder : undefined }}
            aria-label={key.name}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={4} miw={0}>
                <Text fz="sm" fw={600} truncate="end">
                  {key.name}
                </Text>
                <KeyPrefix prefix={key.prefix} />
              </Stack>
              <ApiKeyStatusBadge status={status} />
            </Group>
            <ScopeBadges scopes={key.scopes} />
            <Group gap={4} wrap="nowrap">
              <Text fz="xs" c="dimmed">
                {t('columns.lastUsed')}:
              </Text>
              {key.lastUsedAt ? (
                <InstantText iso={key.lastUsedAt} fz="xs" />
              ) : (
                <Text fz="xs" c="dimmed" fs="italic">
                  {t('neverUsed')}
                </Text>
              )}
            </Group>
            <Group gap={4} wrap="nowrap">
              <Text fz="xs" c="dimmed">
                {t('columns.expires')}:
              </Text>
              {key.expiresAt ? (
                <InstantText iso={key.expiresAt} mode="date" fz="xs" />
              ) : (
                <Text fz="xs" c="dimmed">
                  {t('neverExpires')}
                </Text>
              )}
            </Group>
            {status !== 'REVOKED' && (
              <Button
                variant="light"
                color="red"
                size="xs"
                leftSection={<IconBan size={14} />}
                onClick={() => onRevoke(key)}
                aria-label={t('revoke.actionNamed', { name: key.name })}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('revoke.action')}
              </Button>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
