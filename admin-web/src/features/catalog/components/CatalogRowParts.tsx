import { Button, Group, SimpleGrid, Skeleton, Stack, Switch, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { rowBorder } from '../../../shared/ui/ListPanel';

/** Placeholder blocks of a phone list while it loads, in the shape of its rows. */
export function PhoneListSkeleton({ items }: { items: number }) {
  return (
    <Stack gap={0} aria-hidden>
      {Array.from({ length: items }, (_, i) => (
        <Stack key={i} gap={8} p="md" style={{ borderTop: i ? rowBorder : undefined }}>
          <Skeleton height={14} width="55%" radius="sm" />
          <Skeleton height={10} width="75%" radius="sm" />
          <Skeleton height={18} width={120} radius="sm" />
        </Stack>
      ))}
    </Stack>
  );
}

/** Label-and-value pairs of a phone row, two to a line (what the table has as columns). */
export function PhoneFacts({ facts }: { facts: Array<[label: string, value: ReactNode]> }) {
  return (
    <SimpleGrid cols={2} spacing="sm" verticalSpacing={6} component="dl" m={0}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" fz="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" fz="sm" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/**
 * The foot of a phone row: the on-sale switch and, for editors, an Edit button. Both keep
 * the accessible names the desk table gives them, so one test finds them on either.
 */
export function PhoneRowActions({
  active,
  canEdit,
  onSaleText,
  onSaleLabel,
  editText,
  editLabel,
  onSetActive,
  onEdit,
}: {
  active: boolean;
  canEdit: boolean;
  onSaleText: string;
  onSaleLabel: string;
  editText: string;
  editLabel: string;
  onSetActive: (active: boolean) => void;
  onEdit: () => void;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Switch
        label={onSaleText}
        checked={active}
        onChange={(event) => onSetActive(event.currentTarget.checked)}
        disabled={!canEdit}
        aria-label={onSaleLabel}
      />
      {canEdit && (
        <Button
          variant="light"
          size="compact-sm"
          leftSection={<IconPencil size={16} aria-hidden />}
          aria-label={editLabel}
          onClick={onEdit}
        >
          {editText}
        </Button>
      )}
    </Group>
  );
}
