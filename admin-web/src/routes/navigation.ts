import { IconHistory, IconLayoutDashboard, IconMapPin } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { NavigationEntry } from '../features/shell';

export interface AppPage extends NavigationEntry {
  /** The page component, loaded on first visit. */
  load: () => Promise<ComponentType>;
}

/**
 * The signed-in pages of the admin app, in menu order: the router and the side navigation
 * are both built from this list, so a new page is one entry here.
 */
export const appPages: readonly AppPage[] = [
  {
    path: '/',
    labelKey: 'nav.dashboard',
    icon: IconLayoutDashboard,
    resource: 'dashboard',
    load: () => import('./DashboardPage').then((m) => m.DashboardPage),
  },
  {
    path: '/locations',
    labelKey: 'nav.locations',
    icon: IconMapPin,
    resource: 'locations',
    load: () => import('./LocationsPage').then((m) => m.LocationsPage),
  },
  {
    path: '/audit',
    labelKey: 'nav.audit',
    icon: IconHistory,
    resource: 'audit',
    load: () => import('./AuditLogPage').then((m) => m.AuditLogPage),
  },
];
