import {
  Badge,
  Button,
  Code,
  DataList,
  Drawer,
  Group,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCurrentLanguage } from '@plannivo/web-kit/locale';
import { IconFilter, IconHistory, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryFieldsFragment } from '../../../gql/graphql';
import { actorKind, formatInstant, prettyData, viewerTimeZone } from '../display';
import type { AuditFilters } from '../filters';
import { useActionLabel, useEntityLabel } from '../hooks/useLabels';
import { ActionBadge } from './ActionBadge';
import { ActorCell } from './ActorCell';
import { CopyId } from './CopyId';
import { NotRecorded } from './EntityCell';

/**
 * Every field of one entry, `data` in full. The entry stays mounted while the drawer slides
 * out (`opened` turns false first), so its content does not vanish mid-animation.
 */
export function AuditEntryDrawer({
  entry,
  opened,
  fullScreen,
  onClose,
  onFilter,
}: {
  entry: AuditEntryFieldsFragment | null;
  opened: boolean;
  fullScreen: boolean;
  onClose: () => void;
  /** Narrows the log to what this entry shares with others (its action, person, target). */
  onFilter: (patch: Partial<AuditFilters>) => void;
}) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const language = useCurrentLanguage();
  const actionLabel = useActionLabel();
  const entityLabel = useEntityLabel();

  return (
    <Drawer
      opened={opened && entry !== null}
      onClose={onClose}
      position="right"
      size={fullScreen ? '100%' : 520}
      padding="lg"
      title={entry ? actionLabel(entry.action) : undefined}
      styles={{ title: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
      closeButtonProps={{ 'aria-label': t('drawer.close') }}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {entry && (
        <Stack gap="lg">
          <Group gap="xs">
            <ActionBadge action={entry.action} />
            <Code fz="xs">{entry.action}</Code>
          </Group>

          <DataList withDivider labelWidth={130} gap="sm">
            <Item label={t('drawer.when')}>
              <Stack gap={2}>
                <Text fz="sm" fw={500}>
                  {formatInstant(entry.occurredAt, language)}
                </Text>
                <Text fz="xs" c="dimmed">
                  {t('drawer.yourTime', { zone: viewerTimeZone() })}
                </Text>
                <Code fz="xs" w="fit-content">
                  {entry.occurredAt}
                </Code>
              </Stack>
            </Item>
            <Item label={t('drawer.actor')}>
              <Stack gap={6} align="flex-start">
                <ActorCell entry={entry} />
                {entry.actor && (
                  <Group gap={6}>
                    <Badge variant="default" radius="sm" tt="none" size="sm">
                      {tc(`roles.${entry.actor.role}`)}
                    </Badge>
                    <CopyId id={entry.actor.id} />
                  </Group>
                )}
              </Stack>
            </Item>
            <Item label={t('drawer.entity')}>
              {entry.entityType || entry.entityId ? (
                <Stack gap={4} align="flex-start">
                  {entry.entityType && <Text fz="sm">{entityLabel(entry.entityType)}</Text>}
                  {entry.entityId && <CopyId id={entry.entityId} full />}
                </Stack>
              ) : (
                <NotRecorded />
              )}
            </Item>
            <Item label={t('drawer.ip')}>
              {entry.ip ? <Code fz="xs">{entry.ip}</Code> : <NotRecorded />}
            </Item>
            <Item label={t('drawer.requestId')}>
              {entry.requestId ? <CopyId id={entry.requestId} full /> : <NotRecorded />}
            </Item>
            <Item label={t('drawer.entryId')}>
              <CopyId id={entry.id} full />
            </Item>
          </DataList>

          <Stack gap="xs">
            <Title order={3} fz="sm" tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
              {t('drawer.data')}
            </Title>
            <DataBlock data={entry.data} empty={t('drawer.noData')} />
          </Stack>

          <Group gap="xs">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconFilter size={14} />}
              onClick={() => onFilter({ action: entry.action })}
            >
              {t('drawer.filterAction')}
            </Button>
            {actorKind(entry) === 'user' && entry.actor && (
              <Button
                variant="light"
                size="xs"
                leftSection={<IconUser size={14} />}
                onClick={() => onFilter({ actor: entry.actor?.id })}
              >
                {t('drawer.filterActor')}
              </Button>
            )}
            {entry.entityType && entry.entityId && (
              <Button
                variant="light"
                size="xs"
                leftSection={<IconHistory size={14} />}
                onClick={() =>
                  onFilter({
                    entityType: entry.entityType ?? undefined,
                    entityId: entry.entityId ?? undefined,
                  })
                }
              >
                {t('drawer.filterEntity')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function DataBlock({ data, empty }: { data: unknown; empty: string }) {
  const text = prettyData(data);
  if (!text) {
    return (
      <Text fz="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {text}
    </Code>
  );
}
