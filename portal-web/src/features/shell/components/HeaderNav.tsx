import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isActive, type NavigationEntry } from '../navigation';

/** Desk navigation: the same entries as the tab bar, as links in the header. */
export function HeaderNav({ entries }: { entries: readonly NavigationEntry[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group component="nav" gap={4} aria-label={t('nav.label')}>
      {entries.map((entry) => {
        const { path, labelKey, icon: Icon } = entry;
        const active = isActive(entry, pathname);
        return (
          <Button
            key={path}
            component={Link}
            to={path}
            variant={active ? 'light' : 'subtle'}
            color={active ? undefined : 'gray'}
            leftSection={<Icon size={18} aria-hidden />}
            aria-current={active ? 'page' : undefined}
          >
            {t(labelKey)}
          </Button>
        );
      })}
    </Group>
  );
}
