import {
  IconCalendarPlus,
  IconHome,
  IconListDetails,
  IconPackage,
  IconReceipt,
  IconUserCircle,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { NavigationEntry } from '../features/shell';

export interface AppPage extends NavigationEntry {
  /** The page component, loaded on first visit. */
  load: () => Promise<ComponentType>;
}

/**
 * The signed-in pages of the portal, in tab order: the router, the phone tab bar and the
 * desk header are all built from this list, so a new page is one entry here.
 */
export const appPages: readonly AppPage[] = [
  {
    path: '/',
    labelKey: 'nav.home',
    icon: IconHome,
    resource: 'home',
    load: () => import('./HomePage').then((m) => m.HomePage),
  },
  {
    path: '/book',
    labelKey: 'nav.book',
    icon: IconCalendarPlus,
    resource: 'book',
    load: () => import('./BookPage').then((m) => m.BookPage),
  },
  {
    path: '/bookings',
    labelKey: 'nav.bookings',
    icon: IconListDetails,
    resource: 'bookings',
    load: () => import('./MyBookingsPage').then((m) => m.MyBookingsPage),
  },
  {
    path: '/packages',
    labelKey: 'nav.packages',
    icon: IconPackage,
    resource: 'packages',
    load: () => import('./PackagesPage').then((m) => m.PackagesPage),
  },
  {
    path: '/receipts',
    labelKey: 'nav.receipts',
    icon: IconReceipt,
    resource: 'receipts',
    load: () => import('./ReceiptsPage').then((m) => m.ReceiptsPage),
  },
  {
    path: '/profile',
    labelKey: 'nav.profile',
    icon: IconUserCircle,
    resource: 'profile',
    load: () => import('./ProfilePage').then((m) => m.ProfilePage),
  },
];
