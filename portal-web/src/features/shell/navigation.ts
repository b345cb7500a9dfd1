import type { Icon } from '@tabler/icons-react';
import type { ParseKeys } from 'i18next';
import type { Resource } from '../../shared/lib/can';

/** One entry of the app's navigation; the router builds its routes from the same list. */
export interface NavigationEntry {
  /** Absolute path inside the app (`/`, `/profile`). */
  path: string;
  labelKey: ParseKeys<'common'>;
  icon: Icon;
  /** Shown, and routed, only for roles that may read this resource. */
  resource: Resource;
}

export function isActive(entry: NavigationEntry, pathname: string): boolean {
  if (entry.path === '/') return pathname === '/';
  return pathname === entry.path || pathname.startsWith(`${entry.path}/`);
}
