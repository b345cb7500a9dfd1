import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether the person can sign in. */
export function UserStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation('users');
  return (
    <Badge
      variant={active ? 'dot' : 'light'}
      color={active ? 'teal' : 'red'}
      radius="sm"
      tt="none"
      fw={600}
    >
      {active ? t('status.active') : t('status.inactive')}
    </Badge>
  );
}
