import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { RefreshButton } from './RefreshButton';

/**
 * A list panel's toolbar: the filters, and beside them how many rows there are (announced
 * politely, hidden while loading or failed) and a refresh button. `align="flex-end"` lines
 * the count up with labelled inputs; `center` with a bare control.
 */
export function ListToolbar({
  align,
  count,
  refreshLabel,
  onRefresh,
  refreshing,
  children,
}: {
  align: 'flex-end' | 'center';
  /** The count's text; nothing shown when undefined. */
  count: string | undefined;
  refreshLabel: string;
  onRefresh: () => void;
  refreshing: boolean;
  children: ReactNode;
}) {
  return (
    <Group justify="space-between" align={align} gap="md">
      {children}
      <Group gap="xs" wrap="nowrap" mb={align === 'flex-end' ? 4 : undefined} ml="auto">
        {count !== undefined && (
          <Text fw={600} fz="sm" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
            {count}
          </Text>
        )}
        <RefreshButton label={refreshLabel} onClick={onRefresh} loading={refreshing} />
      </Group>
    </Group>
  );
}
