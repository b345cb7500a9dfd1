import { AppShell, Box, Group } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { UserMenu, type CurrentUserFragment } from '@plannivo/web-kit/auth';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { BrandMark } from '@plannivo/web-kit/ui';
import { Link, Outlet } from 'react-router';
import { canAccess } from '../../../shared/lib/can';
import type { NavigationEntry } from '../navigation';
import { BottomTabBar } from './BottomTabBar';
import { HeaderNav } from './HeaderNav';

// Same value as Mantine's `sm` breakpoint (48em).
const DESK_QUERY = '(min-width: 48em)';

/** The signed-in frame: tabs at the bottom on phones, links in the header on desks. */
export function PortalLayout({
  user,
  navigation,
}: {
  user: CurrentUserFragment;
  navigation: readonly NavigationEntry[];
}) {
  const isDesk = useMediaQuery(DESK_QUERY, false, { getInitialValueInEffect: false });
  const entries = navigation.filter((entry) => canAccess(user.role, entry.resource));

  return (
    <AppShell
      header={{ height: 56 }}
      footer={{ height: 64, collapsed: isDesk }}
      padding="md"
      bg="gray.0"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" maw={960} mx="auto">
          <Group gap="xl" wrap="nowrap">
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }}>
              <BrandMark size="sm" />
            </Link>
            {isDesk && <HeaderNav entries={entries} />}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu user={user} accountPath="/profile" />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Box maw={720} mx="auto" pb="lg">
          <Outlet />
        </Box>
      </AppShell.Main>
      {!isDesk && (
        <AppShell.Footer>
          <BottomTabBar entries={entries} />
        </AppShell.Footer>
      )}
    </AppShell>
  );
}
