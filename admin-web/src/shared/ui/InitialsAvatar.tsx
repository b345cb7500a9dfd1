import { Avatar } from '@mantine/core';

/** A person's initials in a round avatar, decorative (the name is written beside it). */
export function InitialsAvatar({ name, size }: { name: string; size: number }) {
  return (
    <Avatar
      name={name}
      color="initials"
      size={size}
      radius="xl"
      style={{ flexShrink: 0 }}
      aria-hidden
    />
  );
}
