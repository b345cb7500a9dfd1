import { Anchor, Badge, Group, Skeleton } from '@mantine/core';
import { Link } from 'react-router';
import { SkeletonLine } from './DataTable';
import { InitialsAvatar } from './InitialsAvatar';

/**
 * A desk table's first cell for a person: their initials, the name linking to `to`, and
 * `accountLabel` as a small badge when they have a login (`person.user`).
 */
export function PersonLinkCell({
  person,
  to,
  accountLabel,
}: {
  person: { name: string; user: unknown };
  to: string;
  accountLabel: string;
}) {
  return (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <InitialsAvatar name={person.name} size={32} />
      <Anchor component={Link} to={to} fz="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {person.name}
      </Anchor>
      {Boolean(person.user) && (
        <Badge size="xs" variant="dot" color="teal" style={{ flexShrink: 0 }}>
          {accountLabel}
        </Badge>
      )}
    </Group>
  );
}

/** The placeholder of a `PersonLinkCell` in a loading row. */
export function PersonCellSkeleton() {
  return (
    <Group gap="sm" wrap="nowrap">
      <Skeleton height={32} circle />
      <SkeletonLine width="60%" />
    </Group>
  );
}
