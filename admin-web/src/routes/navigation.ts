import {
  IconArrowsExchange,
  IconBackpack,
  IconCalendarPlus,
  IconCalendarUser,
  IconCalendarWeek,
  IconCash,
  IconChartBar,
  IconFileInvoice,
  IconFileText,
  IconHistory,
  IconKey,
  IconScale,
  IconLayoutDashboard,
  IconMailForward,
  IconMapPin,
  IconUsers,
  IconAddressBook,
  IconFileImport,
  IconId,
  IconSchool,
  IconSailboat,
  IconTags,
  IconTicket,
  IconTool,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { NavigationEntry } from '../features/shell';

export interface AppPage extends NavigationEntry {
  /** The page component, loaded on first visit. */
  load: () => Promise<ComponentType>;
}

/**
 * The signed-in pages of the admin app, in menu order: the router and the side navigation
 * are both built from this list, so a new page is one entry here (pages reached from the user
 * menu instead, such as /account, are listed in app/router.tsx). A role that may not read
 * an entry's resource neither sees it in the menu nor gets the page on a direct URL (the
 * router shows "No access" instead).
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
    path: '/calendar',
    labelKey: 'nav.calendar',
    icon: IconCalendarWeek,
    resource: 'calendar',
    load: () => import('./CalendarPage').then((m) => m.CalendarPage),
  },
  {
    path: '/bookings/new',
    labelKey: 'nav.newBooking',
    icon: IconCalendarPlus,
    resource: 'bookings',
    load: () => import('./NewBookingPage').then((m) => m.NewBookingPage),
  },
  {
    path: '/rentals',
    labelKey: 'nav.rentals',
    icon: IconSailboat,
    resource: 'rentals',
    load: () => import('./RentalsPage').then((m) => m.RentalsPage),
  },
  {
    path: '/agenda',
    labelKey: 'nav.agenda',
    icon: IconCalendarUser,
    resource: 'agenda',
    load: () => import('./AgendaPage').then((m) => m.AgendaPage),
  },
  {
    path: '/locations',
    labelKey: 'nav.locations',
    icon: IconMapPin,
    resource: 'locations',
    load: () => import('./LocationsPage').then((m) => m.LocationsPage),
  },
  {
    path: '/catalog',
    labelKey: 'nav.catalog',
    icon: IconTags,
    resource: 'catalog',
    load: () => import('./CatalogPage').then((m) => m.CatalogPage),
  },
  {
    path: '/equipment',
    labelKey: 'nav.equipment',
    icon: IconBackpack,
    resource: 'equipment',
    load: () => import('./EquipmentPage').then((m) => m.EquipmentPage),
  },
  {
    path: '/maintenance',
    labelKey: 'nav.maintenance',
    icon: IconTool,
    resource: 'maintenance',
    load: () => import('./MaintenancePage').then((m) => m.MaintenancePage),
  },
  {
    path: '/finance',
    labelKey: 'nav.finance',
    icon: IconChartBar,
    resource: 'finance',
    load: () => import('./FinancePage').then((m) => m.FinancePage),
  },
  {
    path: '/finance/invoices',
    labelKey: 'nav.invoices',
    icon: IconFileInvoice,
    resource: 'finance',
    load: () => import('./InvoicesPage').then((m) => m.InvoicesPage),
  },
  {
    path: '/finance/payments',
    labelKey: 'nav.payments',
    icon: IconCash,
    resource: 'finance',
    load: () => import('./PaymentsPage').then((m) => m.PaymentsPage),
  },
  {
    path: '/finance/vouchers',
    labelKey: 'nav.vouchers',
    icon: IconTicket,
    resource: 'finance',
    load: () => import('./VouchersPage').then((m) => m.VouchersPage),
  },
  {
    path: '/finance/fx-rates',
    labelKey: 'nav.fxRates',
    icon: IconArrowsExchange,
    resource: 'finance',
    load: () => import('./FxRatesPage').then((m) => m.FxRatesPage),
  },
  {
    path: '/finance/reconciliation',
    labelKey: 'nav.reconciliation',
    icon: IconScale,
    resource: 'reconciliation',
    load: () => import('./ReconciliationPage').then((m) => m.ReconciliationPage),
  },
  {
    path: '/customers',
    labelKey: 'nav.customers',
    icon: IconAddressBook,
    resource: 'customers',
    load: () => import('./CustomersPage').then((m) => m.CustomersPage),
  },
  {
    path: '/instructors',
    labelKey: 'nav.instructors',
    icon: IconSchool,
    resource: 'instructors',
    load: () => import('./InstructorsPage').then((m) => m.InstructorsPage),
  },
  {
    path: '/my-profile',
    labelKey: 'nav.myInstructorProfile',
    icon: IconId,
    resource: 'ownInstructorProfile',
    load: () => import('./InstructorDetailPage').then((m) => m.MyInstructorProfilePage),
  },
  {
    path: '/imports',
    labelKey: 'nav.imports',
    icon: IconFileImport,
    resource: 'imports',
    load: () => import('./ImportsPage').then((m) => m.ImportsPage),
  },
  {
    path: '/users',
    labelKey: 'nav.users',
    icon: IconUsers,
    resource: 'users',
    load: () => import('./UsersPage').then((m) => m.UsersPage),
  },
  {
    path: '/invitations',
    labelKey: 'nav.invitations',
    icon: IconMailForward,
    resource: 'invitations',
    load: () => import('./InvitationsPage').then((m) => m.InvitationsPage),
  },
  {
    path: '/api-keys',
    labelKey: 'nav.apiKeys',
    icon: IconKey,
    resource: 'apiKeys',
    load: () => import('./ApiKeysPage').then((m) => m.ApiKeysPage),
  },
  {
    path: '/legal',
    labelKey: 'nav.legal',
    icon: IconFileText,
    resource: 'legal',
    load: () => import('./LegalDocumentsPage').then((m) => m.LegalDocumentsPage),
  },
  {
    path: '/audit',
    labelKey: 'nav.audit',
    icon: IconHistory,
    resource: 'audit',
    load: () => import('./AuditLogPage').then((m) => m.AuditLogPage),
  },
];
