import { Group, Skeleton, Stack, UnstyledButton } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { InitialsAvatar } from './InitialsAvatar';
import { rowBorder } from './ListPanel';

/** One line of a placeholder block: its height and width. */
export interface SkeletonBar {
  height: number;
  width: number | string;
}

/**
 * A phone list of people: one tappable block per row with their initials, the lines
 * `renderDetails` gives, and a chevron, opening `to(row)`. While loading, `skeletonItems`
 * placeholder blocks of `skeletonBars` (hidden from screen readers).
 */
export function PersonLinkList<TRow extends { id: string; name: string }>({
  rows,
  loading,
  skeletonItems,
  skeletonBars,
  to,
  renderDetails,
}: {
  rows: readonly TRow[];
  loading: boolean;
  skeletonItems: number;
  skeletonBars: readonly SkeletonBar[];
  to: (row: TRow) => string;
  /** The block's text beside the initials: the name first. */
  renderDetails: (row: TRow) => ReactNode;
}) {
  if (loading) {
    return (
      <Stack gap={0} aria-hidden>
        {Array.from({ length: skeletonItems }, (_, i) => (
          <Stack key={i} gap={8} p="md" style={{ borderTop: i ? rowBorder : undefined }}>
            {skeletonBars.map((bar, j) => (
              <Skeleton key={j} height={bar.height} width={bar.width} radius="sm" />
            ))}
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {rows.map((row, i) => (
        <li key={row.id} style={{ borderTop: i ? rowBorder : undefined }}>
          <UnstyledButton component={Link} to={to(row)} w="100%" p="md">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }} align="flex-start">
                <InitialsAvatar name={row.name} size={36} />
                <Stack gap={6} miw={0}>
                  {renderDetails(row)}
                </Stack>
              </Group>
              <IconChevronRight size={18} color="var(--mantine-color-dimmed)" aria-hidden />
            </Group>
          </UnstyledButton>
        </li>
      ))}
    </Stack>
  );
}
