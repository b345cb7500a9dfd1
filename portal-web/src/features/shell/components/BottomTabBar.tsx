import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isActive, type NavigationEntry } from '../navigation';
import classes from './BottomTabBar.module.css';

/** Phone navigation: thumb-reachable tabs at the bottom of the screen. */
export function BottomTabBar({ entries }: { entries: readonly NavigationEntry[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav className={classes.bar} aria-label={t('nav.label')}>
      {entries.map((entry) => {
        const { path, labelKey, icon: Icon } = entry;
        const active = isActive(entry, pathname);
        return (
          <Link
            key={path}
            to={path}
            className={classes.tab}
            aria-current={active ? 'page' : undefined}
          >
            <Icon size={24} stroke={active ? 2.2 : 1.6} aria-hidden />
            {t(labelKey)}
          </Link>
        );
      })}
    </nav>
  );
}
