import { Avatar, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A person's name and email beside their initials; "You" on the viewer's own row. */
export function PersonCell({
  name,
  email,
  isViewer = false,
  dimmed = false,
}: {
  name: string;
  email: string;
  isViewer?: boolean;
  dimmed?: boolean;
}) {
  const { t } = useTranslation('users');
  return (
    <Group gap="sm" wrap="nowrap" miw={0} opacity={dimmed ? 0.6 : 1}>
      <Avatar
        name={name}
        color="initials"
        size={36}
        radius="xl"
        style={{ flexShrink: 0 }}
        aria-hidden
      />
      <div style={{ minWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Text fz="sm" fw={600} truncate="end" title={name}>
            {name}
          </Text>
          {isViewer && (
            <Badge size="xs" variant="outline" color="gray" radius="sm" style={{ flexShrink: 0 }}>
              {t('you')}
            </Badge>
          )}
        </Group>
        <Text fz="xs" c="dimmed" truncate="end" title={email}>
          {email}
        </Text>
      </div>
    </Group>
  );
}
