import { AppShell, Burger, Group, NavLink, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { UserMenu, type CurrentUserFragment } from '@plannivo/web-kit/auth';
import { LanguageSwitcher } from '@plannivo/web-kit/locale';
import { BrandMark } from '@plannivo/web-kit/ui';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, matchPath, useLocation } from 'react-router';
import { canAccess } from '../../../shared/lib/can';
import type { NavigationEntry } from '../navigation';

/** The signed-in frame: header, side navigation (a drawer on phones), and the page. */
export function AppLayout({
  user,
  navigation,
}: {
  user: CurrentUserFragment;
  navigation: readonly NavigationEntry[];
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = navigation.filter((entry) => canAccess(user.role, entry.resource));
  // The deepest entry the address is under is the current one: on /finance/reconciliation,
  // Reconciliation is, not Finance too.
  const activePath = entries
    .filter(({ path }) => matchPath({ path, end: path === '/' }, pathname) !== null)
    .reduce<string | null>(
      (best, { path }) => (!best || path.length > best.length ? path : best),
      null,
    );
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
      bg="gray.0"
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit' }}>
              <BrandMark size="sm" />
            </Link>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu user={user} accountPath="/account" />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <ScrollArea>
          {entries.map(({ path, labelKey, icon: Icon }) => {
            const active = path === activePath;
            return (
              <NavLink
                key={path}
                component={Link}
                to={path}
                label={t(labelKey)}
                leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                onClick={close}
                variant="light"
                fw={500}
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                mb={4}
              />
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
