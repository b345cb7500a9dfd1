import { Avatar, Group, Text, Tooltip } from '@mantine/core';
import { IconRobot, IconUserQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryFieldsFragment } from '../../../gql/graphql';
import { actorKind } from '../display';

/** Who did it: the person's name and email, or "System" / "Anonymous". */
export function ActorCell({
  entry,
  size = 'sm',
}: {
  entry: Pick<AuditEntryFieldsFragment, 'actor' | 'ip' | 'requestId'>;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation('audit');
  const kind = actorKind(entry);
  const avatarSize = size === 'md' ? 40 : 32;

  if (kind === 'user' && entry.actor) {
    const { name, email } = entry.actor;
    return (
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Avatar
          name={name}
          color="initials"
          size={avatarSize}
          radius="xl"
          style={{ flexShrink: 0 }}
          aria-hidden
        />
        <div style={{ minWidth: 0 }}>
          <Text fz="sm" fw={600} truncate="end">
            {name}
          </Text>
          <Text fz="xs" c="dimmed" truncate="end">
            {email}
          </Text>
        </div>
      </Group>
    );
  }

  const system = kind === 'system';
  const Icon = system ? IconRobot : IconUserQuestion;
  return (
    <Tooltip label={t(system ? 'actor.systemHint' : 'actor.anonymousHint')} withArrow>
      <Group gap="sm" wrap="nowrap">
        <Avatar size={avatarSize} radius="xl" color="gray" variant="light" aria-hidden>
          <Icon size={18} stroke={1.7} />
        </Avatar>
        <Text fz="sm" fw={600} c="dimmed" fs={system ? undefined : 'italic'}>
          {t(system ? 'actor.system' : 'actor.anonymous')}
        </Text>
      </Group>
    </Tooltip>
  );
}
