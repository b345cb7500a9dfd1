import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LegalVersionFieldsFragment } from '../../../gql/graphql';
import { useIsDesk } from '../../../shared/hooks/useIsDesk';
import { InstantText } from '../../../shared/ui/InstantText';
import { rowBorder } from '../../../shared/ui/ListPanel';
import { dataTableStyles } from '../../../shared/ui/tableStyles';

type Version = LegalVersionFieldsFragment;

/** Every version of one kind, newest first, each with its acceptances and a way to read it. */
export function VersionHistory({
  versions,
  onRead,
}: {
  versions: readonly Version[];
  onRead: (version: Version) => void;
}) {
  const { t } = useTranslation('legal');
  const isDesk = useIsDesk();

  if (versions.length === 0) {
    return (
      <Text c="dimmed" fz="sm" p="md">
        {t('history.empty')}
      </Text>
    );
  }

  if (!isDesk) {
    return (
      <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {versions.map((version, i) => (
          <li key={version.id} style={{ borderTop: i ? rowBorder : undefined }}>
            <Group justify="space-between" wrap="nowrap" p="md" gap="sm">
              <Stack gap={4} miw={0}>
                <Group gap={6}>
                  <Text fz="sm" fw={700}>
                    {t('version', { version: version.version })}
                  </Text>
                  {version.current && <CurrentBadge />}
                </Group>
                <Text fz="sm" truncate="end">
                  {version.title}
                </Text>
                <Group gap={6}>
                  <InstantText iso={version.publishedAt} mode="date" fz="xs" c="dimmed" />
                  <Text fz="xs" c="dimmed">
                    · {t('acceptedBy', { count: version.acceptanceCount })}
                  </Text>
                </Group>
              </Stack>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => onRead(version)}
                aria-label={t('readVersion', { version: version.version })}
              >
                {t('read')}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
    );
  }

  return (
    <Table verticalSpacing={10} horizontalSpacing="md" styles={dataTableStyles} highlightOnHover>
      <Table.Thead bg="gray.0">
        <Table.Tr>
          <Table.Th w={200}>{t('history.version')}</Table.Th>
          <Table.Th>{t('history.title')}</Table.Th>
          <Table.Th w={160}>{t('history.published')}</Table.Th>
          <Table.Th w={200}>{t('history.acceptances')}</Table.Th>
          <Table.Th w={120} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {versions.map((version) => (
          <Table.Tr key={version.id}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text fz="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {t('version', { version: version.version })}
                </Text>
                {version.current && <CurrentBadge />}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text fz="sm" truncate="end">
                {version.title}
              </Text>
            </Table.Td>
            <Table.Td>
              <InstantText iso={version.publishedAt} mode="date" />
            </Table.Td>
            <Table.Td>
              <Text fz="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('acceptedBy', { count: version.acceptanceCount })}
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconEye size={14} />}
                onClick={() => onRead(version)}
                aria-label={t('readVersion', { version: version.version })}
              >
                {t('read')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function CurrentBadge() {
  const { t } = useTranslation('legal');
  return (
    <Badge size="sm" variant="light" color="teal" radius="sm" tt="none">
      {t('current')}
    </Badge>
  );
}
