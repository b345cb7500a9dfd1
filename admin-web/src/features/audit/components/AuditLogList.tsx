import { Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { useTranslation } from 'react-i18next';
import type { AuditEntriesViewProps } from './viewProps';
import { formatInstant } from '../display';
import { useActionLabel } from '../hooks/useLabels';
import { ActionBadge } from './ActionBadge';
import { ActorCell } from './ActorCell';
import { EntrySummaryText } from './EntrySummaryText';

const SKELETON_ITEMS = 6;

/** The phone view: one tappable block per entry, the drawer holds the rest. */
export function AuditLogList({ entries, loading, onOpen }: AuditEntriesViewProps) {
  const { t } = useTranslation('audit');
  const language = useCurrentLanguage();
  const actionLabel = useActionLabel();

  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: SKELETON_ITEMS }, (_, i) => (
          <Stack key={i} gap={8} p="md" style={{ borderTop: i ? border : undefined }}>
            <Skeleton height={20} width={150} radius="sm" />
            <Skeleton height={12} width="70%" radius="sm" />
          </Stack>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {entries.map((entry, i) => {
        const time = formatInstant(entry.occurredAt, language);
        return (
          <li key={entry.id} style={{ borderTop: i ? border : undefined }}>
            <UnstyledButton
              w="100%"
              p="md"
              onClick={() => onOpen(entry)}
              aria-label={t('rowLabel', { action: actionLabel(entry.action), time })}
            >
              <Stack gap={8}>
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <ActionBadge action={entry.action} />
                  <Text
                    component="time"
                    dateTime={entry.occurredAt}
                    fz="xs"
                    c="dimmed"
                    ta="right"
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                  >
                    {time}
                  </Text>
                </Group>
                <ActorCell entry={entry} />
                <EntrySummaryText action={entry.action} data={entry.data} />
              </Stack>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}

const border = '1px solid var(--mantine-color-default-border)';
