import { ActionIcon, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntriesViewProps } from './viewProps';
import { formatInstant } from '../display';
import { useActionLabel } from '../hooks/useLabels';
import { ActionBadge } from './ActionBadge';
import { ActorCell } from './ActorCell';
import { AuditTime } from './AuditTime';
import { EntityCell, NotRecorded } from './EntityCell';
import { EntrySummaryText } from './EntrySummaryText';

/** Height of the app's header: the table's column titles stay just below it. */
const HEADER_HEIGHT = 60;
const SKELETON_ROWS = 8;

/** The desk view: one dense row per entry; a click opens every detail. */
export function AuditLogTable({ entries, loading, onOpen }: AuditEntriesViewProps) {
  const { t } = useTranslation('audit');
  const language = useCurrentLanguage();
  const actionLabel = useActionLabel();

  return (
    <Table
      // Fixed columns: long names and addresses are cut with an ellipsis (whole in the
      // drawer) instead of pushing the table wider than the page.
      layout="fixed"
      stickyHeader
      stickyHeaderOffset={HEADER_HEIGHT}
      highlightOnHover={!loading}
      verticalSpacing={8}
      horizontalSpacing="sm"
      fz="sm"
      styles={{
        th: {
          fontSize: 'var(--mantine-font-size-xs)',
          fontWeight: 600,
          textTransform: 'uppercase',
          letterSpacing: '0.04em',
          color: 'var(--mantine-color-dimmed)',
          whiteSpace: 'nowrap',
        },
      }}
    >
      <Table.Thead bg="gray.0">
        <Table.Tr>
          <Table.Th w={130}>{t('columns.time')}</Table.Th>
          <Table.Th>{t('columns.actor')}</Table.Th>
          <Table.Th>{t('columns.action')}</Table.Th>
          <Table.Th w={130}>{t('columns.entity')}</Table.Th>
          <Table.Th w={120}>{t('columns.ip')}</Table.Th>
          <Table.Th w={52}>
            <VisuallyHidden>{t('columns.details')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {loading
          ? Array.from({ length: SKELETON_ROWS }, (_, i) => <SkeletonRow key={i} />)
          : entries.map((entry) => {
              const label = t('rowLabel', {
                action: actionLabel(entry.action),
                time: formatInstant(entry.occurredAt, language),
              });
              return (
                <Table.Tr
                  key={entry.id}
                  onClick={() => onOpen(entry)}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <AuditTime iso={entry.occurredAt} />
                  </Table.Td>
                  <Table.Td>
                    <ActorCell entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <ActionBadge action={entry.action} />
                      <EntrySummaryText action={entry.action} data={entry.data} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <EntityCell entityType={entry.entityType} entityId={entry.entityId} />
                  </Table.Td>
                  <Table.Td>
                    {entry.ip ? (
                      <Text ff="monospace" fz="xs" truncate="end" title={entry.ip}>
                        {entry.ip}
                      </Text>
                    ) : (
                      <NotRecorded />
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={label}
                      onClick={(event) => {
                        event.stopPropagation();
                        onOpen(entry);
                      }}
                    >
                      <IconChevronRight size={18} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
      </Table.Tbody>
    </Table>
  );
}

function SkeletonRow() {
  return (
    <Table.Tr aria-hidden>
      <Table.Td>
        <Stack gap={6}>
          <Skeleton height={12} width="80%" radius="sm" />
          <Skeleton height={10} width="50%" radius="sm" />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          <Skeleton height={12} width="60%" radius="sm" />
          <Skeleton height={10} width="80%" radius="sm" />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Skeleton height={20} width="80%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="70%" radius="sm" />
      </Table.Td>
      <Table.Td>
        <Skeleton height={12} width="70%" radius="sm" />
      </Table.Td>
      <Table.Td />
    </Table.Tr>
  );
}
