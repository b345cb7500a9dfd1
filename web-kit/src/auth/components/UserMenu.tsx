import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCog } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUserFragment } from '../../gql/graphql';
import { useLogout } from '../hooks/useLogout';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return (
    (parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toLocaleUpperCase();
}

/**
 * The avatar button in the header: who is signed in, in which role, "Account" (the app's page
 * for the password and signed-in devices, at `accountPath`), and "Log out". `items` are the
 * app's own entries (`<Menu.Item>`), shown between the two.
 */
export function UserMenu({
  user,
  accountPath,
  items,
}: {
  user: CurrentUserFragment;
  accountPath?: string;
  items?: ReactNode;
}) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('account');
  const { logout, loading } = useLogout();
  return (
    <Menu position="bottom-end" width={240} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open', { name: user.name })}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="ocean" radius="xl" size={34}>
              {initials(user.name)}
            </Avatar>
            <div style={{ lineHeight: 1.2 }}>
              <Text fz="sm" fw={600} visibleFrom="sm">
                {user.name}
              </Text>
              <Text fz="xs" c="dimmed" visibleFrom="sm">
                {t(`roles.${user.role}`)}
              </Text>
            </div>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text fz="sm" fw={600} c="var(--mantine-color-text)">
            {user.name}
          </Text>
          <Text fz="xs" c="dimmed" truncate>
            {user.email}
          </Text>
          <Text fz="xs" c="dimmed">
            {t(`roles.${user.role}`)}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        {accountPath && (
          <Menu.Item
            component={Link}
            to={accountPath}
            leftSection={<IconUserCog size={16} aria-hidden />}
          >
            {ta('userMenu.account')}
          </Menu.Item>
        )}
        {items}
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void logout()}
          disabled={loading}
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
