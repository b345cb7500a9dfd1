import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title, what the page is for, and its main action on the right. */
export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <div style={{ flex: '1 1 420px', minWidth: 0 }}>
        <Title order={1}>{title}</Title>
        {subtitle && (
          <Text c="dimmed" mt={4} maw={720}>
            {subtitle}
          </Text>
        )}
      </div>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
