import { Badge, type MantineColor, type MantineSize } from '@mantine/core';
import type { Role } from '@plannivo/web-kit/auth';
import { useTranslation } from 'react-i18next';

const ROLE_COLORS = {
  ADMIN: 'grape',
  MANAGER: 'ocean',
  INSTRUCTOR: 'teal',
  STUDENT: 'gray',
  CUSTOMER: 'gray',
} as const satisfies Record<Role, MantineColor>;

/** A role, named in the UI language and coloured by how much it may do. */
export function RoleBadge({ role, size = 'md' }: { role: Role; size?: MantineSize }) {
  const { t } = useTranslation();
  return (
    <Badge color={ROLE_COLORS[role]} variant="light" radius="sm" size={size} tt="none" fw={600}>
      {t(`roles.${role}`)}
    </Badge>
  );
}
