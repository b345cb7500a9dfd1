import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { InstantText } from '../../../shared/ui/InstantText';
import { dataTableStyles } from '../../../shared/ui/tableStyles';
import { apiKeyStatus } from '../keys';
import { ApiKeyStatusBadge, ScopeBadges } from './KeyBadges';
import { KeyPrefix } from './KeyPrefix';
import type { ApiKeysViewProps } from './viewProps';

export function ApiKeysTable({ keys, now, onRevoke }: ApiKeysViewProps) {
  const { t } = useTranslation('apiKeys');
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table layout="fixed" verticalSpacing={10} horizontalSpacing="sm" styles={dataTableStyles}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th w={120}>{t('columns.key')}</Table.Th>
            <Table.Th w={190}>{t('columns.scopes')}</Table.Th>
            <Table.Th w={110}>{t('columns.expires')}</Table.Th>
            <Table.Th w={115}>{t('columns.lastUsed')}</Table.Th>
            <Table.Th w={115}>{t('columns.status')}</Table.Th>
            <Table.Th w={115}>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => {
            const status = apiKeyStatus(key, now);
            return (
              <Table.Tr key={key.id} style={{ opacity: status === 'ACTIVE' ? 1 : 0.7 }}>
                <Table.Td>
                  <Stack gap={2}>
                    <Text fz="sm" fw={600} truncate="end" title={key.name}>
                      {key.name}
                    </Text>
                    <Group gap={4} wrap="nowrap" c="dimmed">
                      <InstantText iso={key.createdAt} mode="date" fz="xs" c="dimmed" />
                      {key.createdBy && (
                        <Text fz="xs" c="dimmed" truncate="end">
                          {t('createdBy', { name: key.createdBy.name })}
                        </Text>
                      )}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <KeyPrefix prefix={key.prefix} />
                </Table.Td>
                <Table.Td>
                  <ScopeBadges scopes={key.scopes} />
                </Table.Td>
                <Table.Td>
                  {key.expiresAt ? (
                    <InstantText iso={key.expiresAt} mode="date" />
                  ) : (
                    <Text fz="sm" c="dimmed">
                      {t('neverExpires')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {key.lastUsedAt ? (
                    <InstantText iso={key.lastUsedAt} />
                  ) : (
                    <Text fz="sm" c="dimmed" fs="italic">
                      {t('neverUsed')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ApiKeyStatusBadge status={status} />
                </Table.Td>
                <Table.Td ta="right">
                  {status !== 'REVOKED' && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      leftSection={<IconBan size={14} />}
                      onClick={() => onRevoke(key)}
                      aria-label={t('revoke.actionNamed', { name: key.name })}
                    >
                      {t('revoke.action')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
